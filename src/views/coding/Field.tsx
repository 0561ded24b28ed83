// A label and its control, tied by id rather than by wrapping: a wrapping label's accessible
// name would take in the control's value ("Quote We can accept…"), which screen readers then
// read as the field's name.
import { cloneElement, type ReactElement, useId } from "react";

interface FieldProps {
  label: string;
  className?: string;
  children: ReactElement<{ id?: string }>;
}

export function Field({ label, className, children }: FieldProps) {
  const id = useId();
  return (
    <div className={className ? `coding-field ${className}` : "coding-field"}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
