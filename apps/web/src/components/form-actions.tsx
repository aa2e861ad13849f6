import Link from "next/link";

/** A GET form's submit button and the link that resets it to the bare page. */
export function FormActions({ reset, label = "Apply filters" }: { reset: string; label?: string }) {
  return (
    <>
      <button type="submit" className="btn">
        {label}
      </button>
      <Link href={reset} className="btn-secondary">
        Reset
      </Link>
    </>
  );
}
