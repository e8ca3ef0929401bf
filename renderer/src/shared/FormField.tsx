import { Form } from 'antd';
import type { ReactNode } from 'react';

interface FormFieldProps {
  /** Omitted for controls inside a row that carry their own aria-label. */
  label?: ReactNode;
  /** Id of the control, so the label is announced and clickable. */
  htmlFor?: string;
  /** Validation message (Chinese, from the contract's schema); replaces the hint when present. */
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** A labelled form row with its validation message underneath; the form state lives in react-hook-form. */
export function FormField({ label, htmlFor, error, hint, required, className, children }: FormFieldProps) {
  return (
    <Form.Item
      label={label}
      htmlFor={htmlFor}
      required={required}
      className={className}
      validateStatus={error ? 'error' : undefined}
      help={error ?? hint}
    >
      {children}
    </Form.Item>
  );
}
