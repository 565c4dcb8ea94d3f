import { Link, type LinkProps } from "@utrecht/component-library-react";
import type { MouseEvent } from "react";
import { useHref, useLinkClickHandler, type To } from "react-router";

type RouterLinkProps = Omit<LinkProps, "href"> & { to: To; state?: unknown };

/** An Utrecht link that navigates inside the app without reloading it. */
export function RouterLink({ to, state, onClick, ...props }: RouterLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { state });
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <Link {...props} href={href} onClick={click} />;
}
