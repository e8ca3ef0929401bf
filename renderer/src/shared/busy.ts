/**
 * A Button's `loading` that shows the spinner only once a wait is noticeable. Local saves and
 * validation finish in milliseconds, and antd's loading icon can keep spinning after such a quick
 * on-off flip (ant-design/ant-design#27457); the delay avoids both the flash and the stuck spinner.
 */
export function busy(pending: boolean): false | { delay: number } {
  return pending ? { delay: 250 } : false;
}
