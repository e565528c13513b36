// An in-app link: a real <a href> (open in a new tab works) that navigates without reloading.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../app/location.ts';

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
    window.scrollTo?.(0, 0);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
