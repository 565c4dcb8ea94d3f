import { useEffect, useRef } from "react";

/**
 * A ref whose element takes focus when it appears: for what replaces the control a keyboard
 * user just pressed (a new step of a form, an answer shown once), so focus is never lost to
 * the page's start. The element needs `tabIndex={-1}` unless it is focusable itself.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
