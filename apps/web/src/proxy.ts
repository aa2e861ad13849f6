import { type NextRequest, NextResponse } from "next/server";

// A path whose percent-encoding is broken ("/actors/%E0%A4%A") makes Next's router throw, a 500 for every page.
// It is a bad link, not a fault: one line saying so, with 400.
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("This link is malformed: its path has a broken %-escape.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
