"use client";
// A country's flag. Flag emoji need a colour emoji font (most phones and Macs have one; Windows and many
// Linux desktops do not, and show two letters in boxes), so where the pair does not join into one glyph
// we show the ISO code instead of tofu.
import { useSyncExternalStore } from "react";

let supported: boolean | undefined;

function detect(): boolean {
  if (supported !== undefined) return supported;
  try {
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return (supported = false);
    ctx.font = "32px sans-serif";
    const pair = ctx.measureText("\u{1F1FA}\u{1F1F3}").width;
    const single = ctx.measureText("\u{1F1FA}").width;
    // Joined into one flag glyph, the pair is about as wide as one regional-indicator letter.
    supported = single > 0 && pair < single * 1.5;
  } catch {
    supported = false;
  }
  return supported;
}

const subscribe = () => () => {};

export function Flag({ emoji, code, className = "" }: { emoji: string; code: string; className?: string }) {
  const emojiOk = useSyncExternalStore(subscribe, detect, () => false);
  return (
    <span className={`flag ${emojiOk ? "" : "flag--code"} ${className}`} aria-hidden="true">
      {emojiOk ? emoji : code}
    </span>
  );
}
