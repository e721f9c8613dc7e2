// Escape closes the panel opened last, and a panel that closes puts the focus back where it was
// when it opened, unless the writer has already moved it somewhere else.
import { useEffect, useRef } from 'react';

interface OpenPanel {
  close: () => void;
}

const open: OpenPanel[] = [];

function onKeyDown(event: KeyboardEvent): void {
  // A field or menu inside that handles Escape itself (the link field, a list) goes first.
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const last = open.at(-1);
  if (!last) return;
  event.preventDefault();
  last.close();
}

export function useEscapeToClose(isOpen: boolean, close: () => void): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  }, [close]);

  useEffect(() => {
    if (!isOpen) return;
    const returnTo = document.activeElement;
    const entry: OpenPanel = { close: () => latest.current() };
    open.push(entry);
    if (open.length === 1) document.addEventListener('keydown', onKeyDown);
    return () => {
      open.splice(open.indexOf(entry), 1);
      if (open.length === 0) document.removeEventListener('keydown', onKeyDown);
      // Focus inside the closed panel fell back to the page: take it home.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, [isOpen]);
}
