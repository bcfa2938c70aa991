import { extractNhsJobsAdvert } from '@/lib/page/nhs-jobs';
import { fromTextMap, type PageText } from '../adapters/page';

/** The copy of a duplicated block that the reader can see (NHS Jobs renders some twice). */
const visible = (el: Element) => el.getClientRects().length > 0;

/** An NHS Jobs advert page as one text with its sections; null when the page holds no advert. */
export function readNhsJobsAdvert(doc: Document = document): PageText | null {
  const advert = extractNhsJobsAdvert(doc, visible);
  return advert && fromTextMap(advert, advert.sections);
}
