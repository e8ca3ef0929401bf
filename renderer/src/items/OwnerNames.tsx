import { Fragment } from 'react';
import type { ItemSummary } from '../../../core/contract/item';
import { OWNER_ROLE_LABELS } from '../../../core/domain/roles';

/** Owners in their order, 主办 in bold and 协办 plain; the tooltip spells the roles out. */
export function OwnerNames({ owners }: { owners: ItemSummary['owners'] }) {
  const spelled = owners.map((o) => `${o.name}（${OWNER_ROLE_LABELS[o.role]}）`).join('、');
  return (
    <span className="owner-names" title={spelled}>
      {owners.map((owner, index) => (
        <Fragment key={owner.personId}>
          {index > 0 && '、'}
          {owner.role === 'lead' ? <strong>{owner.name}</strong> : owner.name}
        </Fragment>
      ))}
    </span>
  );
}
