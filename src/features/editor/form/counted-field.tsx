import { Textarea, TextInput } from '@mantine/core';
import { useFormContext, type FieldPath } from 'react-hook-form';
import type { ArticleFormValues } from './form-values';
import { LengthMeter } from './length-meter';
import { useFieldError } from './use-field-error';

type Props = {
  name: FieldPath<ArticleFormValues>;
  label: string;
  limit: number;
  placeholder?: string;
  multiline?: boolean;
  required?: boolean;
  meter?: boolean;
  description?: string;
  readOnly?: boolean;
  size?: 'md' | 'lg';
};

/** A text field registered uncontrolled (no form re-render per keystroke) with its length meter. */
export function CountedField({ name, label, limit, placeholder, multiline, required, meter, description, readOnly, size }: Props) {
  const { register } = useFormContext<ArticleFormValues>();
  const error = useFieldError(name);
  const common = {
    ...register(name),
    label,
    placeholder,
    error,
    withAsterisk: required,
    readOnly,
    size,
    description,
    inputWrapperOrder: ['label', 'input', 'error', 'description'] as ('label' | 'input' | 'error' | 'description')[],
  };
  return (
    <div>
      {multiline ? <Textarea {...common} rows={3} resize="vertical" /> : <TextInput {...common} />}
      <LengthMeter name={name} limit={limit} meter={meter} />
    </div>
  );
}
