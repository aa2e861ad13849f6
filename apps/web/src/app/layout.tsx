import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Nav } from "../components/nav.tsx";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Deconflict", template: "%s · Deconflict" },
  description: "Conflict events, forces, casualties and attributed claims, traced to the sentences that report them.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <Nav />
        <main id="main" className="mx-auto max-w-7xl px-3 py-4 sm:px-6 sm:py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
