"use client";

import type { MapEvent } from "@deconflict/db/queries/dashboard";
import { geoPath } from "d3-geo";
import type { FeatureCollection, MultiLineString } from "geojson";
import Link from "next/link";
import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from "react";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import { formatCasualties, formatDate, humanize } from "../../lib/format.ts";
import { ActorLink } from "../actor-link.tsx";
import { GradeBadge } from "../grade-badge.tsx";
import { kindColor, markerRadius } from "./kind-colors.ts";
import { type PackedEvents, unpackEvents } from "./pack.ts";
import { fitProjection, IDENTITY, panBy, type View, viewForKey, zoomAt } from "./viewport.ts";

// Natural Earth 1:110m outlines, bundled with the app: the basemap never leaves the machine.
const WORLD = countries as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const LAND = feature(WORLD, WORLD.objects.land) as FeatureCollection;
const BORDERS: MultiLineString = mesh(WORLD, WORLD.objects.countries, (a, b) => a !== b);

interface Props {
  /** The located events, packed (see pack.ts): thousands of them would otherwise weigh down the page. */
  packed: PackedEvents;
  /** A shorter map, for the overview's card. */
  compact?: boolean;
  label: string;
}

/** Located events on an offline world map: drag or arrow keys to pan, wheel, pinch or +/− to zoom. */
export function EventMap({ packed, compact = false, label }: Props) {
  const events = useMemo(() => unpackEvents(packed), [packed]);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState({ width: 960, height: compact ? 360 : 540 });
  const [view, setView] = useState<View>(IDENTITY);
  const [selected, setSelected] = useState<number | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const popupLink = useRef<HTMLAnchorElement>(null);
  const focusPopup = useRef(false);
  // Set once the client has measured the box and taken over; until then the map is an empty frame.
  const [ready, setReady] = useState(false);

  // The drawing is in CSS pixels, refitted when the box changes size (a phone turned, a window resized).
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const width = Math.max(Math.round(el.clientWidth), 240);
      const height = Math.round(Math.min(Math.max(width * (compact ? 0.5 : 0.6), 260), compact ? 380 : 620));
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    setReady(true);
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [compact]);

  const { width, height } = size;
  // Keyed on the numbers, not the size object: a new object with the same size must not refit (and reset) the map.
  const projection = useMemo(() => fitProjection(events, width, height), [events, width, height]);
  const path = useMemo(() => geoPath(projection), [projection]);
  // Drawn in the browser only: the server would send ~100 KB of outlines and markers in every page's HTML.
  const land = useMemo(() => (ready ? (path(LAND) ?? "") : ""), [path, ready]);
  const borders = useMemo(() => (ready ? (path(BORDERS) ?? "") : ""), [path, ready]);
  const markers = useMemo(
    () =>
      events
        .map((e) => {
          const [x, y] = projection([e.lon, e.lat]) ?? [Number.NaN, Number.NaN];
          const hurt = (e.killed?.low ?? 0) + (e.wounded?.low ?? 0);
          return { event: e, x, y, r: markerRadius(hurt) };
        })
        .filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y))
        // Big markers first, so small ones stay on top and clickable.
        .sort((a, b) => b.r - a.r),
    [events, projection],
  );
  // A new filter or size is a new fit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view resets whenever the projection changes
  useEffect(() => {
    setView(IDENTITY);
    setSelected(null);
  }, [projection]);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = toLocal(el, e.clientX, e.clientY);
      setView((v) => zoomAt(v, Math.exp(-e.deltaY * 0.002), p.x, p.y));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, []);

  useEffect(() => {
    if (selected !== null && focusPopup.current) popupLink.current?.focus();
    focusPopup.current = false;
  }, [selected]);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest("[data-event-id]")) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, toLocal(e.currentTarget, e.clientX, e.clientY));
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const next = toLocal(e.currentTarget, e.clientX, e.clientY);
    const others = [...pointers.current.entries()].filter(([id]) => id !== e.pointerId);
    const other = others[0]?.[1];
    if (other) {
      // Pinch: zoom by how much the two fingers spread, about their midpoint.
      const before = Math.hypot(prev.x - other.x, prev.y - other.y);
      const after = Math.hypot(next.x - other.x, next.y - other.y);
      if (before > 0) setView((v) => zoomAt(v, after / before, (next.x + other.x) / 2, (next.y + other.y) / 2));
    } else {
      setView((v) => panBy(v, next.x - prev.x, next.y - prev.y));
    }
    pointers.current.set(e.pointerId, next);
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    pointers.current.delete(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      setSelected(null);
      return;
    }
    const next = viewForKey(view, e.key, size.width / 2, size.height / 2);
    if (!next) return;
    e.preventDefault();
    setView(next);
  };
  const zoomButton = (factor: number) => () => setView((v) => zoomAt(v, factor, size.width / 2, size.height / 2));

  const open = markers.find((m) => m.event.id === selected);
  return (
    // An application: from any marker or button inside, arrows pan and +/− zoom, as map widgets do; Tab walks the markers.
    <div
      ref={box}
      className="relative"
      data-testid="event-map"
      data-markers={markers.length}
      data-ready={ready}
      role="application"
      aria-label={`${label}. Arrow keys pan, plus and minus zoom, 0 fits the events again; Tab moves between markers.`}
      onKeyDown={onKeyDown}
    >
      <svg
        ref={svg}
        viewBox={`0 0 ${size.width} ${size.height}`}
        width="100%"
        height={size.height}
        className="block cursor-grab touch-none select-none rounded-md bg-sky-50 active:cursor-grabbing"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <title>{label}</title>
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          <path d={land} fill="#e2e8f0" stroke="#94a3b8" strokeWidth={0.6} vectorEffect="non-scaling-stroke" />
          <path d={borders} fill="none" stroke="#94a3b8" strokeWidth={0.5} vectorEffect="non-scaling-stroke" />
          {(ready ? markers : []).map((m) => (
            // biome-ignore lint/a11y/useSemanticElements: an SVG circle cannot be a <button>; it behaves as one
            <circle
              key={m.event.id}
              data-event-id={m.event.id}
              cx={m.x}
              cy={m.y}
              r={m.r / view.k}
              fill={kindColor(m.event.kind)}
              fillOpacity={selected === m.event.id ? 1 : 0.72}
              stroke={selected === m.event.id ? "#0f172a" : "#ffffff"}
              strokeWidth={selected === m.event.id ? 2 : 1}
              vectorEffect="non-scaling-stroke"
              className="cursor-pointer"
              role="button"
              tabIndex={0}
              aria-label={`${humanize(m.event.kind)}, ${formatDate(m.event.date)}${m.event.location ? `, ${m.event.location}` : ""}`}
              aria-expanded={selected === m.event.id}
              onClick={() => setSelected(m.event.id)}
              onKeyDown={(e) => {
                if (e.key !== "Enter" && e.key !== " ") return;
                e.preventDefault();
                e.stopPropagation();
                focusPopup.current = true;
                setSelected(m.event.id);
              }}
            />
          ))}
        </g>
      </svg>
      <div className="absolute left-2 top-2 flex flex-col gap-1">
        <button type="button" className="btn-secondary h-8 w-8 p-0" onClick={zoomButton(1.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="btn-secondary h-8 w-8 p-0" onClick={zoomButton(1 / 1.5)} aria-label="Zoom out">
          −
        </button>
        <button
          type="button"
          className="btn-secondary h-8 w-8 p-0 text-xs"
          onClick={() => setView(IDENTITY)}
          aria-label="Fit the events"
          title="Fit the events"
        >
          ⤢
        </button>
      </div>
      {open ? (
        <Popup
          marker={open}
          view={view}
          size={size}
          linkRef={popupLink}
          onClose={() => {
            setSelected(null);
            svg.current?.querySelector<SVGElement>(`[data-event-id="${open.event.id}"]`)?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

function toLocal(el: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  const vb = el.viewBox.baseVal;
  return { x: ((clientX - r.left) * vb.width) / r.width, y: ((clientY - r.top) * vb.height) / r.height };
}

function Popup({
  marker,
  view,
  size,
  linkRef,
  onClose,
}: {
  marker: { event: MapEvent; x: number; y: number };
  view: View;
  size: { width: number; height: number };
  linkRef: React.RefObject<HTMLAnchorElement | null>;
  onClose: () => void;
}) {
  const e = marker.event;
  const sx = marker.x * view.k + view.x;
  const sy = marker.y * view.k + view.y;
  // Kept inside the map: it opens below a marker near the top, and leans away from the sides.
  const left = Math.min(Math.max(sx / size.width, 0.02), 0.98) * 100;
  const below = sy < size.height * 0.45;
  const shift = left < 30 ? "0%" : left > 70 ? "-100%" : "-50%";
  return (
    <div
      role="dialog"
      aria-label={`${humanize(e.kind)}, ${formatDate(e.date)}`}
      data-testid="map-popup"
      data-event-id={e.id}
      className="absolute z-10 w-64 max-w-[90%] rounded-md border border-slate-300 bg-white p-3 text-sm shadow-lg"
      style={{
        left: `${left}%`,
        top: `${Math.min(Math.max(sy, 0), size.height)}px`,
        transform: `translate(${shift}, ${below ? "12px" : "calc(-100% - 12px)"})`,
      }}
      onKeyDown={(k) => {
        if (k.key === "Escape") onClose();
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <p className="font-semibold first-letter:uppercase">
          {humanize(e.kind)} · {formatDate(e.date)}
        </p>
        <button type="button" className="-mr-1 -mt-1 px-1 text-lg leading-none" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {e.location ? (
        <p className="text-slate-700">
          {e.location}
          {e.precision && e.precision !== "place" ? ` (${e.precision})` : ""}
        </p>
      ) : null}
      <p className="mt-1">
        <ActorLink name={e.attacker} actorKey={e.attackerKey} empty="Unknown attacker" /> →{" "}
        <ActorLink name={e.target} actorKey={e.targetKey} empty="unknown target" />
      </p>
      <p className="mt-1 text-slate-700">{formatCasualties(e.killed, e.wounded) ?? "No casualties reported"}</p>
      <p className="mt-2 flex items-center justify-between gap-2">
        <GradeBadge grade={e.grade} />
        <Link ref={linkRef} href={`/events/${e.id}`} data-testid="popup-event-link">
          Open the event →
        </Link>
      </p>
    </div>
  );
}
