import { Paragraph } from "@utrecht/component-library-react";

/** A loading state that screen readers announce once. */
export function Loading({ children }: { children: string }) {
  return (
    <Paragraph role="status" className="welzijn-loading">
      <span className="welzijn-spinner" aria-hidden="true" />
      {children}
    </Paragraph>
  );
}
