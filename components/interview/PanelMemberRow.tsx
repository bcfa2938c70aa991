import { useId, useState } from 'react';
import type { UpdateInterview } from './interview-store';
import { type PanelMember, ROLE_LABELS, ROLES, type Role, removePanelMember, updatePanelMember } from '@/lib/interview';
import { ActionError } from './ActionError';
import { DraftField } from './DraftField';

/** One panel member: name, role, whether they mark, and removing them. */
export function PanelMemberRow({
  vacancyId,
  member,
  update,
}: {
  vacancyId: string;
  member: PanelMember;
  update: UpdateInterview;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const change = (patch: { role?: Role; scores?: boolean }) =>
    setError(update((s) => updatePanelMember(s, vacancyId, member.id, patch)));
  return (
    <li className="card iv-member" data-testid="panel-member">
      <div className="row iv-fields">
        <DraftField
          label={`Name of ${ROLE_LABELS[member.role].toLowerCase()}`}
          value={member.name}
          onCommit={(name) => update((s) => updatePanelMember(s, vacancyId, member.id, { name }))}
        />
        <div>
          <label htmlFor={`${id}-role`}>Role of {member.name}</label>
          <select id={`${id}-role`} value={member.role} onChange={(e) => change({ role: e.target.value as Role })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="iv-check">
          <input
            id={`${id}-scores`}
            type="checkbox"
            checked={member.scores}
            onChange={(e) => change({ scores: e.target.checked })}
          />
          <label htmlFor={`${id}-scores`}>{member.name} marks candidates</label>
        </div>
        <button
          type="button"
          className="secondary no-print"
          onClick={() => setError(update((s) => removePanelMember(s, vacancyId, member.id)))}
        >
          Remove {member.name}
        </button>
      </div>
      <ActionError message={error} />
    </li>
  );
}
