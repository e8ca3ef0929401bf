import type { TablePaginationConfig } from 'antd';

/** A list paged on the server: one page of rows is loaded, the total says how many pages there are. */
export function serverPaging(current: number, pageSize: number, total: number, onChange: (page: number) => void): TablePaginationConfig {
  return { current, pageSize, total, showSizeChanger: false, showTotal: (all) => `共 ${all} 项`, onChange };
}
