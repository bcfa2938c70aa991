import { ETHNIC_GROUPS, type Monitoring, type Vacancy } from '../schema';

/** Adds up the monitoring counts of several vacancies: WRES indicator 2 means more over many posts. */
export function totalMonitoring(vacancies: readonly Pick<Vacancy, 'monitoring'>[]): Monitoring {
  return Object.fromEntries(
    ETHNIC_GROUPS.map((g) => [
      g,
      vacancies.reduce(
        (sum, v) => ({
          shortlisted: sum.shortlisted + v.monitoring[g].shortlisted,
          appointed: sum.appointed + v.monitoring[g].appointed,
        }),
        { shortlisted: 0, appointed: 0 },
      ),
    ]),
  ) as Monitoring;
}
