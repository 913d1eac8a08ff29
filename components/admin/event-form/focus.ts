"use client";
// Moving focus to something that is about to appear (a notice, the error summary): asked for in an event
// handler, done after React has rendered it, so a screen reader reads it and a keyboard user starts there.
import { useCallback, useEffect, useRef, useState } from "react";

/** A ref for the element to focus, and a function that focuses it after the next render. */
export function useFocusAfterRender<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests) ref.current?.focus();
  }, [requests]);
  const request = useCallback(() => setRequests((n) => n + 1), []);
  return [ref, request] as const;
}
