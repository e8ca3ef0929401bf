import { Fragment } from 'react';
import type { ItemSummary } from '../../../core/contract/item';
import { OWNER_ROLE_LABELS } from '../../../core/domain/roles';

/**
 * Owners in their order, 主办 in bold and 协办 plain; the tooltip spells the roles out. A line may break
 * between names, never inside one (张星 stays 张星 on a narrow card).
 */
export function OwnerNames({ owners }: { owners: ItemSummary['owners'] }) {
  const spelled = owners.map((o) => `${o.name}（${OWNER_ROLE_LABELS[o.role]}）`).join('、');
  return (
    <span className="owner-names" title={spelled}>
      {owners.map((owner, index) => (
        <Fragment key={owner.personId}>
          {index > 0 && '、'}
          <span className="owner-name">{owner.role === 'lead' ? <strong>{owner.name}</strong> : owner.name}</span>
        </Fragment>
      ))}
    </span>
  );
}
