/** A text field's value from a submitted form, trimmed; "" when absent (or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** The named filters the URL's query string holds (empty ones left out). */
export function filtersFrom<N extends string>(params: URLSearchParams, names: readonly N[]): Partial<Record<N, string>> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = params.get(name);
      return value ? [[name, value]] : [];
    }),
  ) as Partial<Record<N, string>>;
}

/** A filter form's filled-in fields as the query string to put in the URL. */
export function searchFrom(form: HTMLFormElement, names: readonly string[]): URLSearchParams {
  const data = new FormData(form);
  const next = new URLSearchParams();
  for (const name of names) {
    const value = formText(data, name);
    if (value !== "") next.set(name, value);
  }
  return next;
}
