import { InputNumber } from 'antd';

/**
 * A number field without the step arrows: antd labels them "Increase Value"/"Decrease Value" for screen
 * readers, in English. The arrow keys still step; the field itself is labelled in Chinese by its form row
 * or its aria-label.
 */
export function NumberInput<T extends number | string = number>(props: Parameters<typeof InputNumber<T>>[0]) {
  return <InputNumber<T> {...props} controls={false} />;
}
