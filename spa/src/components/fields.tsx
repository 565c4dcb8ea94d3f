import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  Textarea,
  Textbox,
  type CheckboxProps,
  type SelectProps,
  type TextareaProps,
  type TextboxProps,
} from "@utrecht/component-library-react";
import type { ReactElement, ReactNode } from "react";
import { fieldId, useFieldProblems } from "./problems";

type FieldProps = {
  /** The parameter name or JSON pointer by which the API names this field in `errors[]`. */
  location: string;
  label: ReactNode;
  description?: ReactNode;
};

type Problems = ReturnType<typeof useFieldProblems>;

/** The API's problems with one field, in words. */
function FieldProblems({ id, problems, className }: { id: string; problems: Problems; className?: string }) {
  return (
    <FormFieldErrorMessage id={id} {...(className && { className })}>
      {problems.map((p) => (
        <span key={p.code} className="welzijn-field-problem">
          {p.detail}
        </span>
      ))}
    </FormFieldErrorMessage>
  );
}

type Control = { id: string; invalid: boolean; "aria-describedby"?: string; "aria-invalid"?: true };

/** Label, description, the API's problems with this field, and the input, linked for assistive tech. */
function Field({ location, label, description, type, render }: FieldProps & {
  type?: "checkbox";
  render: (control: Control) => ReactElement;
}) {
  const problems = useFieldProblems(location);
  const id = fieldId(location);
  const invalid = problems.length > 0;
  const describedBy = [description && `${id}-description`, invalid && `${id}-error`].filter(Boolean).join(" ");
  const control: Control = {
    id,
    invalid,
    ...(describedBy && { "aria-describedby": describedBy }),
    ...(invalid && { "aria-invalid": true }),
  };
  const labelElement = (
    <FormLabel htmlFor={id} {...(type && { type })}>
      {label}
    </FormLabel>
  );
  // The Utrecht form field places label, description, error and input (beside the label
  // for a checkbox) by these class names.
  return (
    <FormField invalid={invalid} {...(type && { type })}>
      <div className="utrecht-form-field__label">{labelElement}</div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {invalid && (
        <FieldProblems id={`${id}-error`} problems={problems} className="utrecht-form-field__error-message" />
      )}
      <div className="utrecht-form-field__input">{render(control)}</div>
    </FormField>
  );
}

export function TextField({ location, label, description, ...input }: FieldProps & Omit<TextboxProps, "id">) {
  return (
    <Field location={location} label={label} description={description} render={(c) => <Textbox {...input} {...c} />} />
  );
}

export function TextareaField({ location, label, description, ...input }: FieldProps & Omit<TextareaProps, "id">) {
  return (
    <Field location={location} label={label} description={description} render={(c) => <Textarea {...input} {...c} />} />
  );
}

export function SelectField({
  location,
  label,
  description,
  children,
  ...input
}: FieldProps & Omit<SelectProps, "id"> & { children: ReactNode }) {
  return (
    <Field
      location={location}
      label={label}
      description={description}
      render={(c) => (
        <Select {...input} {...c}>
          {children}
        </Select>
      )}
    />
  );
}

export function CheckboxField({ location, label, description, ...input }: FieldProps & Omit<CheckboxProps, "id">) {
  return (
    <Field
      location={location}
      label={label}
      description={description}
      type="checkbox"
      render={(c) => <Checkbox {...input} {...c} />}
    />
  );
}

type Option = { value: string; label: string };

type ChoiceInput = { id: string; name: string; value: string; invalid: boolean };

/** A fieldset of checkboxes or radio buttons named `location`, with the API's problems with
 * them under its legend; the first option carries the field's id, so errors can point at it. */
function ChoiceGroup({
  location,
  legend,
  options,
  type,
  render,
}: {
  location: string;
  legend: ReactNode;
  options: readonly Option[];
  type: "checkbox" | "radio";
  render: (input: ChoiceInput, option: Option) => ReactElement;
}) {
  const problems = useFieldProblems(location);
  const id = fieldId(location);
  const invalid = problems.length > 0;
  return (
    <Fieldset invalid={invalid} {...(invalid && { "aria-describedby": `${id}-error` })}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {invalid && <FieldProblems id={`${id}-error`} problems={problems} />}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <FormField key={option.value} type={type}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type={type}>
                {option.label}
              </FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              {render({ id: optionId, name: location, value: option.value, invalid }, option)}
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

/** A set of checkboxes under one legend, sending `location` once per checked box. */
export function CheckboxGroup({
  location,
  legend,
  options,
  checked,
}: {
  location: string;
  legend: ReactNode;
  options: readonly Option[];
  checked: readonly string[];
}) {
  return (
    <ChoiceGroup
      location={location}
      legend={legend}
      options={options}
      type="checkbox"
      render={(input) => <Checkbox {...input} defaultChecked={checked.includes(input.value)} />}
    />
  );
}

/** One choice of several under one legend (radio buttons named `location`). */
export function RadioGroup({
  location,
  legend,
  options,
  value,
  onChange,
}: {
  location: string;
  legend: ReactNode;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <ChoiceGroup
      location={location}
      legend={legend}
      options={options}
      type="radio"
      render={(input) => (
        <RadioButton {...input} checked={value === input.value} onChange={() => onChange(input.value)} />
      )}
    />
  );
}
