import { hrefOf } from '../router';

/**
 * 督办详情: opens the item's supervision view from inside a row or card that itself opens something else
 * (the click and Enter stop here, so the row does not react too).
 */
export function SupervisionLink({ id }: { id: number }) {
  return (
    <a
      href={hrefOf({ page: 'item', id })}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      督办详情
    </a>
  );
}
