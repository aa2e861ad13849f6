import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card py-10 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-700">There is no such page, event, source or actor here.</p>
      <p className="mt-4">
        <Link href="/" className="btn">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
