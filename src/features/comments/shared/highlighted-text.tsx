import classes from './highlighted-text.module.css';
import { segments, type Span } from './segments';

/**
 * Untrusted text with flagged spans marked; React escapes every piece, nothing is parsed as HTML.
 * A plain `<mark>`: it renders inside every queue row.
 */
export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  if (spans.length === 0) return text;
  return (
    <>
      {segments(text, spans).map((s) =>
        s.marked ? (
          <mark key={s.start} className={classes.mark}>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </>
  );
}
