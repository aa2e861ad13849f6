import Link from "next/link";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/events", label: "Events" },
  { href: "/map", label: "Map" },
  { href: "/actors", label: "Actors" },
  { href: "/claims", label: "Claims" },
  { href: "/sources", label: "Sources" },
];

export function Nav() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-3 py-3 sm:gap-x-5 sm:px-6"
      >
        <Link href="/" className="mr-1 text-base font-bold text-slate-900 no-underline sm:mr-2 sm:text-lg">
          Deconflict
        </Link>
        {LINKS.map((l) => (
          <Link key={l.href} href={l.href} className="text-sm font-medium text-slate-700 hover:text-blue-800">
            {l.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
