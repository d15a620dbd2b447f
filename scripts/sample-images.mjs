#!/usr/bin/env node
/**
 * Draws the illustrative sample photos of the sample content.
 *
 * Nothing is downloaded: every image is drawn as an SVG scene (sky and ground gradients, school
 * buildings, trees, desks, books, a canal, people as simple silhouettes…), rendered with sharp,
 * softened with a slight blur and a film-like grain so that it looks less flat, and written as a
 * JPEG beside the Markdown file that uses it.
 *
 *   node scripts/sample-images.mjs            # (re)draw every image
 *   node scripts/sample-images.mjs canal      # only the images whose name contains "canal"
 *
 * The drawing is deterministic (seeded random numbers), so running it again gives the same files.
 */
import sharp from 'sharp';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content');

/** Largest file we accept; quality is lowered step by step until the JPEG fits. */
const MAX_BYTES = 1.45 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Seeded pseudo-random generator (mulberry32), returns floats in [0, 1). */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const n1 = (v) => Math.round(v * 10) / 10;
const pts = (list) => list.map(([x, y]) => `${n1(x)},${n1(y)}`).join(' ');
const between = (r, a, b) => a + r() * (b - a);
const pick = (r, list) => list[Math.floor(r() * list.length)];

/** Lighten (amt > 0) or darken (amt < 0) a #rrggbb colour. */
function shade(hex, amt) {
	const v = parseInt(hex.slice(1), 16);
	const ch = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) =>
		Math.round(Math.max(0, Math.min(255, amt >= 0 ? c + (255 - c) * amt : c * (1 + amt)))),
	);
	return `#${ch.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function linear(id, stops, { x1 = 0, y1 = 0, x2 = 0, y2 = 1 } = {}) {
	const s = stops
		.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`)
		.join('');
	return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function radial(id, stops, { cx = 0.5, cy = 0.5, r = 0.5 } = {}) {
	const s = stops
		.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`)
		.join('');
	return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${s}</radialGradient>`;
}

const blurFilter = (id, sd) =>
	`<filter id="${id}" x="-30%" y="-30%" width="160%" height="160%"><feGaussianBlur stdDeviation="${n1(sd)}"/></filter>`;

/** A darkening of the corners, as a camera lens gives. */
function vignette(W, H, strength = 0.38) {
	return {
		defs: radial(
			'vig',
			[
				[0.55, '#000', 0],
				[1, '#000', strength],
			],
			{ r: 0.75 },
		),
		body: `<rect width="${W}" height="${H}" fill="url(#vig)"/>`,
	};
}

// ---------------------------------------------------------------------------------------------
// Scene elements
// ---------------------------------------------------------------------------------------------

/** A broad-leaved tree (like the Indian almond trees of Vietnamese schoolyards). */
function tree(
	r,
	x,
	groundY,
	h,
	{ greens = ['#2f5d2a', '#3d7233', '#4d8a3c', '#5e9c46'], light = '#9cc46a', filter = '' } = {},
) {
	const tw = h * 0.06;
	let s = `<ellipse cx="${n1(x + h * 0.12)}" cy="${n1(groundY)}" rx="${n1(h * 0.45)}" ry="${n1(h * 0.05)}" fill="#000" opacity="0.18"/>`;
	s += `<path d="M${n1(x - tw)},${n1(groundY)} C${n1(x - tw * 0.6)},${n1(groundY - h * 0.3)} ${n1(x - tw * 0.2)},${n1(groundY - h * 0.45)} ${n1(x - tw * 0.35)},${n1(groundY - h * 0.62)} L${n1(x + tw * 0.35)},${n1(groundY - h * 0.62)} C${n1(x + tw * 0.3)},${n1(groundY - h * 0.45)} ${n1(x + tw * 0.6)},${n1(groundY - h * 0.3)} ${n1(x + tw)},${n1(groundY)} Z" fill="#4b3b2e"/>`;
	// a few branches
	for (let i = 0; i < 4; i++) {
		const bx = x + between(r, -1, 1) * h * 0.3;
		const by = groundY - h * between(r, 0.6, 0.85);
		s += `<path d="M${n1(x)},${n1(groundY - h * 0.5)} Q${n1((x + bx) / 2)},${n1(by + h * 0.08)} ${n1(bx)},${n1(by)}" stroke="#4b3b2e" stroke-width="${n1(tw * 0.35)}" fill="none"/>`;
	}
	const cy = groundY - h * 0.72;
	const rx = h * 0.46;
	// dark base, then lighter clusters towards the top left (the light comes from there)
	for (let i = 0; i < 22; i++) {
		const a = r() * Math.PI * 2;
		const d = Math.sqrt(r()) * 0.75;
		const px = x + Math.cos(a) * rx * d;
		const py = cy + Math.sin(a) * rx * 0.5 * d;
		const rr = rx * between(r, 0.22, 0.42);
		const up = (cy - py) / rx + (x - px) / rx; // -1 … 1, higher means more light
		const col =
			greens[
				Math.max(
					0,
					Math.min(
						greens.length - 1,
						Math.floor((up * 0.5 + 0.5) * greens.length + between(r, -0.7, 0.7)),
					),
				)
			];
		s += `<ellipse cx="${n1(px)}" cy="${n1(py)}" rx="${n1(rr)}" ry="${n1(rr * 0.8)}" fill="${col}"/>`;
	}
	for (let i = 0; i < 9; i++) {
		const px = x - rx * between(r, 0.1, 0.6);
		const py = cy - rx * between(r, 0.05, 0.35);
		s += `<ellipse cx="${n1(px)}" cy="${n1(py)}" rx="${n1(rx * between(r, 0.06, 0.14))}" ry="${n1(rx * 0.06)}" fill="${light}" opacity="0.45"/>`;
	}
	return `<g${filter ? ` filter="url(#${filter})"` : ''}>${s}</g>`;
}

/** A standing person seen from the front or the back; h is the full height in pixels. */
function person(
	r,
	x,
	groundY,
	h,
	{
		shirt = '#f4f4f0',
		pants = '#2b3550',
		skin = '#c99a78',
		hair = '#1d1a18',
		bag = null,
		shadow = true,
	} = {},
) {
	const headR = h * 0.075;
	const top = groundY - h;
	let s = shadow
		? `<ellipse cx="${n1(x + h * 0.08)}" cy="${n1(groundY)}" rx="${n1(h * 0.2)}" ry="${n1(h * 0.035)}" fill="#000" opacity="0.22"/>`
		: '';
	const legW = h * 0.07;
	const step = between(r, -0.03, 0.03) * h;
	s += `<rect x="${n1(x - legW * 1.15 + step)}" y="${n1(groundY - h * 0.48)}" width="${n1(legW)}" height="${n1(h * 0.47)}" rx="${n1(legW * 0.4)}" fill="${pants}"/>`;
	s += `<rect x="${n1(x + legW * 0.15 - step)}" y="${n1(groundY - h * 0.48)}" width="${n1(legW)}" height="${n1(h * 0.47)}" rx="${n1(legW * 0.4)}" fill="${shade(pants, -0.15)}"/>`;
	const bw = h * 0.26;
	s += `<path d="M${n1(x - bw / 2)},${n1(groundY - h * 0.46)} L${n1(x - bw * 0.55)},${n1(top + h * 0.2)} Q${n1(x)},${n1(top + h * 0.14)} ${n1(x + bw * 0.55)},${n1(top + h * 0.2)} L${n1(x + bw / 2)},${n1(groundY - h * 0.46)} Z" fill="${shirt}"/>`;
	s += `<path d="M${n1(x + bw * 0.1)},${n1(groundY - h * 0.46)} L${n1(x + bw * 0.55)},${n1(top + h * 0.2)} L${n1(x + bw / 2)},${n1(groundY - h * 0.46)} Z" fill="#000" opacity="0.08"/>`;
	// arms
	s += `<rect x="${n1(x - bw * 0.72)}" y="${n1(top + h * 0.21)}" width="${n1(h * 0.06)}" height="${n1(h * 0.3)}" rx="${n1(h * 0.03)}" fill="${shade(shirt, -0.06)}"/>`;
	s += `<rect x="${n1(x + bw * 0.5)}" y="${n1(top + h * 0.21)}" width="${n1(h * 0.06)}" height="${n1(h * 0.3)}" rx="${n1(h * 0.03)}" fill="${shade(shirt, -0.12)}"/>`;
	s += `<rect x="${n1(x - headR * 0.35)}" y="${n1(top + headR * 1.6)}" width="${n1(headR * 0.7)}" height="${n1(headR * 0.8)}" fill="${skin}"/>`;
	s += `<circle cx="${n1(x)}" cy="${n1(top + headR * 1.1)}" r="${n1(headR)}" fill="${skin}"/>`;
	if (bag) {
		// seen from behind: hair covers the head, straps of the backpack over the shoulders
		s += `<circle cx="${n1(x)}" cy="${n1(top + headR * 1.02)}" r="${n1(headR * 1.02)}" fill="${hair}"/>`;
		s += `<rect x="${n1(x - bw * 0.42)}" y="${n1(top + h * 0.19)}" width="${n1(bw * 0.1)}" height="${n1(h * 0.06)}" fill="${shade(bag, -0.3)}"/>`;
		s += `<rect x="${n1(x + bw * 0.32)}" y="${n1(top + h * 0.19)}" width="${n1(bw * 0.1)}" height="${n1(h * 0.06)}" fill="${shade(bag, -0.3)}"/>`;
	} else {
		s += `<path d="M${n1(x - headR)},${n1(top + headR * 1.15)} A${n1(headR)},${n1(headR)} 0 0 1 ${n1(x + headR)},${n1(top + headR * 1.15)} Q${n1(x)},${n1(top + headR * 0.55)} ${n1(x - headR)},${n1(top + headR * 1.15)} Z" fill="${hair}"/>`;
		s += `<circle cx="${n1(x - headR * 0.35)}" cy="${n1(top + headR * 1.25)}" r="${n1(headR * 0.09)}" fill="#2a211c"/><circle cx="${n1(x + headR * 0.35)}" cy="${n1(top + headR * 1.25)}" r="${n1(headR * 0.09)}" fill="#2a211c"/>`;
	}
	if (bag)
		s += `<rect x="${n1(x - bw * 0.45)}" y="${n1(top + h * 0.24)}" width="${n1(bw * 0.9)}" height="${n1(h * 0.25)}" rx="${n1(h * 0.05)}" fill="${bag}"/><rect x="${n1(x - bw * 0.3)}" y="${n1(top + h * 0.36)}" width="${n1(bw * 0.6)}" height="${n1(h * 0.09)}" rx="${n1(h * 0.02)}" fill="${shade(bag, -0.18)}"/>`;
	return s;
}

/** A school building seen from the front: corridors with railings, windows, columns. */
function schoolBuilding(
	r,
	x,
	groundY,
	w,
	{
		floors = 3,
		floorH = 90,
		wall = '#f2d27a',
		trim = '#fbf6ea',
		roof = 'flat',
		roofColor = '#a5452f',
		bays = 8,
	} = {},
) {
	const h = floors * floorH;
	const top = groundY - h;
	let s = `<rect x="${n1(x + w * 0.02)}" y="${n1(groundY - 4)}" width="${n1(w * 1.02)}" height="${n1(floorH * 0.12)}" fill="#000" opacity="0.18"/>`;
	s += `<rect x="${n1(x)}" y="${n1(top)}" width="${n1(w)}" height="${n1(h)}" fill="${wall}"/>`;
	const bayW = w / bays;
	for (let f = 0; f < floors; f++) {
		const fy = groundY - (f + 1) * floorH;
		// recessed corridor in shadow
		s += `<rect x="${n1(x)}" y="${n1(fy + floorH * 0.12)}" width="${n1(w)}" height="${n1(floorH * 0.88)}" fill="${shade(wall, -0.28)}"/>`;
		s += `<rect x="${n1(x)}" y="${n1(fy + floorH * 0.12)}" width="${n1(w)}" height="${n1(floorH * 0.2)}" fill="#000" opacity="0.12"/>`;
		for (let b = 0; b < bays; b++) {
			const bx = x + b * bayW;
			const isDoor = b % 3 === 1;
			const wx = bx + bayW * 0.18;
			const ww = bayW * 0.64;
			if (isDoor) {
				s += `<rect x="${n1(wx + ww * 0.2)}" y="${n1(fy + floorH * 0.3)}" width="${n1(ww * 0.6)}" height="${n1(floorH * 0.7)}" fill="#6b4a32"/>`;
				s += `<rect x="${n1(wx + ww * 0.2)}" y="${n1(fy + floorH * 0.3)}" width="${n1(ww * 0.3)}" height="${n1(floorH * 0.7)}" fill="#000" opacity="0.15"/>`;
			} else {
				const glass = pick(r, ['#6f8fa3', '#7d9cb0', '#5f7f94']);
				s += `<rect x="${n1(wx)}" y="${n1(fy + floorH * 0.32)}" width="${n1(ww)}" height="${n1(floorH * 0.38)}" fill="${glass}"/>`;
				s += `<rect x="${n1(wx)}" y="${n1(fy + floorH * 0.32)}" width="${n1(ww)}" height="${n1(floorH * 0.38)}" fill="url(#glassShine)"/>`;
				for (let k = 1; k < 4; k++)
					s += `<rect x="${n1(wx + (ww * k) / 4 - 1)}" y="${n1(fy + floorH * 0.32)}" width="2" height="${n1(floorH * 0.38)}" fill="${trim}" opacity="0.8"/>`;
			}
		}
		// columns
		for (let b = 0; b <= bays; b++) {
			const cx = x + b * bayW;
			s += `<rect x="${n1(cx - floorH * 0.05)}" y="${n1(fy)}" width="${n1(floorH * 0.1)}" height="${n1(floorH)}" fill="${wall}"/>`;
			s += `<rect x="${n1(cx + floorH * 0.02)}" y="${n1(fy)}" width="${n1(floorH * 0.03)}" height="${n1(floorH)}" fill="#000" opacity="0.1"/>`;
		}
		// slab and railing
		s += `<rect x="${n1(x - 4)}" y="${n1(fy)}" width="${n1(w + 8)}" height="${n1(floorH * 0.12)}" fill="${trim}"/>`;
		if (f > 0) {
			const ry = fy + floorH * 0.62;
			s += `<rect x="${n1(x)}" y="${n1(ry)}" width="${n1(w)}" height="${n1(floorH * 0.05)}" fill="${trim}"/>`;
			for (let k = 0; k < bays * 7; k++)
				s += `<rect x="${n1(x + (k + 0.5) * (w / (bays * 7)))}" y="${n1(ry)}" width="${n1(Math.max(1.5, floorH * 0.018))}" height="${n1(floorH * 0.38)}" fill="${trim}" opacity="0.9"/>`;
		}
	}
	s += `<rect x="${n1(x)}" y="${n1(groundY - floorH * 0.08)}" width="${n1(w)}" height="${n1(floorH * 0.08)}" fill="${shade(wall, -0.4)}"/>`;
	if (roof === 'flat') {
		s += `<rect x="${n1(x - 6)}" y="${n1(top - floorH * 0.18)}" width="${n1(w + 12)}" height="${n1(floorH * 0.2)}" fill="${trim}"/>`;
		s += `<rect x="${n1(x - 6)}" y="${n1(top + floorH * 0.0)}" width="${n1(w + 12)}" height="${n1(floorH * 0.04)}" fill="#000" opacity="0.15"/>`;
	} else {
		const over = floorH * 0.25;
		s += `<polygon points="${pts([
			[x - over, top + 2],
			[x + w * 0.12, top - floorH * 0.75],
			[x + w * 0.88, top - floorH * 0.75],
			[x + w + over, top + 2],
		])}" fill="${roofColor}"/>`;
		for (let k = 1; k < 9; k++) {
			const yy = top - (floorH * 0.75 * k) / 9;
			s += `<line x1="${n1(x - over + (w * 0.12 + over) * (k / 9))}" y1="${n1(yy)}" x2="${n1(x + w + over - (w * 0.12 + over) * (k / 9))}" y2="${n1(yy)}" stroke="#000" stroke-opacity="0.12" stroke-width="2"/>`;
		}
		s += `<polygon points="${pts([
			[x - over, top + 2],
			[x + w + over, top + 2],
			[x + w + over, top + floorH * 0.08],
			[x - over, top + floorH * 0.08],
		])}" fill="#000" opacity="0.25"/>`;
	}
	return s;
}

/** A line of hills: the sum of steep bumps (limestone karst when `steep` is high). */
function hills(
	r,
	W,
	baseY,
	{ peaks = 7, maxH = 300, minH = 120, steep = 2.4, fill = '#6c7f74', jitter = 6 },
) {
	const centers = Array.from({ length: peaks }, (_, i) => ({
		c: ((i + between(r, -0.3, 0.3)) / (peaks - 1)) * W,
		h: between(r, minH, maxH),
		w: between(r, 0.05, 0.11) * W,
	}));
	const list = [[0, baseY + 10]];
	const steps = 240;
	for (let i = 0; i <= steps; i++) {
		const x = (i / steps) * W;
		let y = 0;
		for (const p of centers)
			y = Math.max(y, p.h * Math.exp(-Math.pow(Math.abs(x - p.c) / p.w, steep)));
		list.push([x, baseY - y + between(r, -jitter, jitter)]);
	}
	list.push([W, baseY + 10]);
	return `<polygon points="${pts(list)}" fill="${fill}"/>`;
}

/** The outline of `hills`, as a clip path with the given id (same seed gives the same outline). */
function hillsClip(id, svgPolygon) {
	return `<clipPath id="${id}">${svgPolygon.replace(/ fill="[^"]*"/, '')}</clipPath>`;
}

function clouds(r, W, y0, y1, count, colors, filter) {
	let s = '';
	for (let i = 0; i < count; i++) {
		const cx = between(r, -0.1, 1.1) * W;
		const cy = between(r, y0, y1);
		const rx = between(r, 0.08, 0.22) * W;
		s += `<ellipse cx="${n1(cx)}" cy="${n1(cy)}" rx="${n1(rx)}" ry="${n1(rx * between(r, 0.18, 0.35))}" fill="${pick(r, colors)}" opacity="${n1(between(r, 0.4, 0.9))}"/>`;
	}
	return `<g filter="url(#${filter})">${s}</g>`;
}

/** Camera for the interior scenes: world metres to pixels. Y is up, the camera is at Y = 0. */
function camera(W, H, { f = 0.9, horizon = 0.42, cx = 0.5 } = {}) {
	const F = f * W;
	const p = (X, Y, Z) => [cx * W + (X * F) / Z, horizon * H - (Y * F) / Z];
	p.F = F;
	return p;
}

/** A box (desk, table, shelf) seen by camera p: draws the top and the front face. */
function box(
	p,
	X0,
	X1,
	Y0,
	Y1,
	Z0,
	Z1,
	{ top = '#b98b5a', front = '#8c6339', side = '#7a5531' } = {},
) {
	let s = `<polygon points="${pts([p(X0, Y1, Z0), p(X1, Y1, Z0), p(X1, Y1, Z1), p(X0, Y1, Z1)])}" fill="${top}"/>`;
	s += `<polygon points="${pts([p(X0, Y0, Z0), p(X1, Y0, Z0), p(X1, Y1, Z0), p(X0, Y1, Z0)])}" fill="${front}"/>`;
	// the side facing the camera axis
	if (X1 < 0)
		s += `<polygon points="${pts([p(X1, Y0, Z0), p(X1, Y0, Z1), p(X1, Y1, Z1), p(X1, Y1, Z0)])}" fill="${side}"/>`;
	if (X0 > 0)
		s += `<polygon points="${pts([p(X0, Y0, Z0), p(X0, Y0, Z1), p(X0, Y1, Z1), p(X0, Y1, Z0)])}" fill="${side}"/>`;
	return s;
}

/** A school desk with legs and a front panel (the side facing the board), seen by camera p. */
function desk(
	p,
	X0,
	X1,
	Z0,
	Z1,
	floorY,
	{ top = '#c49a68', edge = '#94693f', leg = '#5b5b5b', panel = '#a87a4c' } = {},
) {
	const Y = floorY + 0.74;
	const t = 0.04;
	const w = Math.max(1, (p.F / Z0) * 0.035);
	let s = '';
	// front panel on the far side, then legs
	s += `<polygon points="${pts([p(X0, floorY + 0.36, Z1), p(X1, floorY + 0.36, Z1), p(X1, Y, Z1), p(X0, Y, Z1)])}" fill="${panel}"/>`;
	for (const [lx, lz] of [
		[X0 + 0.04, Z1 - 0.03],
		[X1 - 0.04, Z1 - 0.03],
		[X0 + 0.04, Z0 + 0.03],
		[X1 - 0.04, Z0 + 0.03],
	]) {
		const [ax, ay] = p(lx, floorY, lz);
		const [, by] = p(lx, Y, lz);
		s += `<rect x="${n1(ax - w / 2)}" y="${n1(by)}" width="${n1(w)}" height="${n1(ay - by)}" fill="${leg}"/>`;
	}
	s += `<polygon points="${pts([p(X0, Y, Z0), p(X1, Y, Z0), p(X1, Y, Z1), p(X0, Y, Z1)])}" fill="${top}"/>`;
	s += `<polygon points="${pts([p(X0, Y - t, Z0), p(X1, Y - t, Z0), p(X1, Y, Z0), p(X0, Y, Z0)])}" fill="${edge}"/>`;
	return s;
}

/** A student sitting on a chair, seen from behind, at (X, Z) in the room of camera p. */
function seatedStudent(
	r,
	p,
	X,
	Z,
	floorY,
	{ shirt = '#f3f3ee', hair = '#1b1816', chair = '#8a6a47', ponytail = false } = {},
) {
	const seat = floorY + 0.46;
	const sh = floorY + 1.02 + between(r, -0.04, 0.04);
	const lean = between(r, -0.04, 0.04);
	let s = '';
	// chair legs and seat
	const cz = Z - 0.12;
	const w = Math.max(1, (p.F / cz) * 0.03);
	for (const lx of [X - 0.18, X + 0.18]) {
		const [ax, ay] = p(lx, floorY, cz - 0.12);
		const [, by] = p(lx, seat, cz - 0.12);
		s += `<rect x="${n1(ax - w / 2)}" y="${n1(by)}" width="${n1(w)}" height="${n1(ay - by)}" fill="#4a4a4a"/>`;
	}
	s += `<polygon points="${pts([p(X - 0.2, seat, cz - 0.15), p(X + 0.2, seat, cz - 0.15), p(X + 0.2, seat, cz + 0.2), p(X - 0.2, seat, cz + 0.2)])}" fill="${shade(chair, -0.15)}"/>`;
	// torso
	s += `<polygon points="${pts([p(X - 0.17, seat + 0.02, Z), p(X - 0.23 + lean, sh - 0.07, Z), p(X - 0.13 + lean, sh, Z), p(X + 0.13 + lean, sh, Z), p(X + 0.23 + lean, sh - 0.07, Z), p(X + 0.17, seat + 0.02, Z)])}" fill="${shirt}"/>`;
	s += `<polygon points="${pts([p(X + 0.02, seat + 0.02, Z), p(X + 0.11 + lean, sh, Z), p(X + 0.23 + lean, sh - 0.07, Z), p(X + 0.17, seat + 0.02, Z)])}" fill="#000" opacity="0.08"/>`;
	s += `<line x1="${n1(p(X + lean * 0.5, seat + 0.05, Z)[0])}" y1="${n1(p(X + lean * 0.5, seat + 0.05, Z)[1])}" x2="${n1(p(X + lean, sh - 0.02, Z)[0])}" y2="${n1(p(X + lean, sh - 0.02, Z)[1])}" stroke="#000" stroke-opacity="0.06" stroke-width="${n1((p.F / Z) * 0.01)}"/>`;
	// neck and head
	const [nx, ny] = p(X + lean, sh + 0.03, Z);
	const hr = (p.F / Z) * 0.082;
	s += `<rect x="${n1(nx - hr * 0.4)}" y="${n1(ny - hr * 0.5)}" width="${n1(hr * 0.8)}" height="${n1(hr * 0.7)}" fill="#b68a6a"/>`;
	const [hx, hy] = p(X + lean * 1.3, sh + 0.17, Z);
	s += `<ellipse cx="${n1(hx)}" cy="${n1(hy)}" rx="${n1(hr)}" ry="${n1(hr * 1.12)}" fill="${hair}"/>`;
	s += `<ellipse cx="${n1(hx - hr * 0.35)}" cy="${n1(hy - hr * 0.45)}" rx="${n1(hr * 0.35)}" ry="${n1(hr * 0.2)}" fill="#fff" opacity="0.08"/>`;
	if (ponytail)
		s += `<path d="M${n1(hx - hr * 0.25)},${n1(hy + hr * 0.6)} Q${n1(hx)},${n1(hy + hr * 2.2)} ${n1(hx + hr * 0.25)},${n1(hy + hr * 0.6)} Z" fill="${hair}"/>`;
	// the chair back, nearer to the camera, hides the lower back
	const bz = Z - 0.2;
	s += `<polygon points="${pts([p(X - 0.19, seat + 0.16, bz), p(X + 0.19, seat + 0.16, bz), p(X + 0.19, seat + 0.36, bz), p(X - 0.19, seat + 0.36, bz)])}" fill="${chair}"/>`;
	for (const lx of [X - 0.17, X + 0.17])
		s += `<polygon points="${pts([p(lx - 0.015, floorY, bz), p(lx + 0.015, floorY, bz), p(lx + 0.015, seat + 0.36, bz), p(lx - 0.015, seat + 0.36, bz)])}" fill="#4a4a4a"/>`;
	return s;
}

/** Walls, floor and ceiling of a room of half-width hw, from camera depth zNear to the back wall zBack. */
function room(
	p,
	{
		hw = 4,
		floorY = -1.25,
		ceilY = 1.9,
		zNear = 0.6,
		zBack = 11,
		wall = '#e9e2cf',
		back = '#efe8d6',
		ceil = '#f4f1e8',
	},
) {
	const q = (X, Y, Z) => p(X, Y, Z);
	let s = '';
	s += `<polygon points="${pts([q(-hw, ceilY, zNear), q(hw, ceilY, zNear), q(hw, ceilY, zBack), q(-hw, ceilY, zBack)])}" fill="${ceil}"/>`;
	s += `<polygon points="${pts([q(-hw, floorY, zNear), q(hw, floorY, zNear), q(hw, floorY, zBack), q(-hw, floorY, zBack)])}" fill="url(#floorGrad)"/>`;
	s += `<polygon points="${pts([q(-hw, floorY, zNear), q(-hw, ceilY, zNear), q(-hw, ceilY, zBack), q(-hw, floorY, zBack)])}" fill="${shade(wall, -0.08)}"/>`;
	s += `<polygon points="${pts([q(hw, floorY, zNear), q(hw, ceilY, zNear), q(hw, ceilY, zBack), q(hw, floorY, zBack)])}" fill="${shade(wall, -0.14)}"/>`;
	s += `<polygon points="${pts([q(-hw, floorY, zBack), q(hw, floorY, zBack), q(hw, ceilY, zBack), q(-hw, ceilY, zBack)])}" fill="${back}"/>`;
	// floor tiles
	for (let z = Math.ceil(zNear); z <= zBack; z += 0.6)
		s += `<line x1="${n1(q(-hw, floorY, z)[0])}" y1="${n1(q(-hw, floorY, z)[1])}" x2="${n1(q(hw, floorY, z)[0])}" y2="${n1(q(hw, floorY, z)[1])}" stroke="#000" stroke-opacity="0.07" stroke-width="1.5"/>`;
	for (let x = -hw; x <= hw; x += 0.6)
		s += `<line x1="${n1(q(x, floorY, zNear)[0])}" y1="${n1(q(x, floorY, zNear)[1])}" x2="${n1(q(x, floorY, zBack)[0])}" y2="${n1(q(x, floorY, zBack)[1])}" stroke="#000" stroke-opacity="0.07" stroke-width="1.5"/>`;
	// skirting
	s += `<polygon points="${pts([q(-hw, floorY, zBack), q(hw, floorY, zBack), q(hw, floorY + 0.12, zBack), q(-hw, floorY + 0.12, zBack)])}" fill="#000" opacity="0.12"/>`;
	return s;
}

/** A window in the side wall at X = xw, between depths z0 and z1, glowing with daylight. */
function sideWindow(p, xw, z0, z1, { y0 = -0.3, y1 = 1.3, fill = 'url(#daylight)' } = {}) {
	let s = `<polygon points="${pts([p(xw, y0, z0), p(xw, y0, z1), p(xw, y1, z1), p(xw, y1, z0)])}" fill="${fill}"/>`;
	const mid = (z0 + z1) / 2;
	s += `<line x1="${n1(p(xw, y0, mid)[0])}" y1="${n1(p(xw, y0, mid)[1])}" x2="${n1(p(xw, y1, mid)[0])}" y2="${n1(p(xw, y1, mid)[1])}" stroke="#e7e2d6" stroke-width="${n1(p.F / mid / 60)}"/>`;
	const ym = (y0 + y1) / 2;
	s += `<line x1="${n1(p(xw, ym, z0)[0])}" y1="${n1(p(xw, ym, z0)[1])}" x2="${n1(p(xw, ym, z1)[0])}" y2="${n1(p(xw, ym, z1)[1])}" stroke="#e7e2d6" stroke-width="${n1(p.F / mid / 80)}"/>`;
	return s;
}

/** Light falling from a side window onto the floor. */
function floorLight(p, xw, z0, z1, floorY, reach, opacity = 0.18) {
	const dir = xw < 0 ? 1 : -1;
	return `<polygon points="${pts([p(xw, floorY, z0 + 0.4), p(xw, floorY, z1 + 0.4), p(xw + dir * reach, floorY, z1 - 0.6), p(xw + dir * reach, floorY, z0 - 0.6)])}" fill="#fff6dc" opacity="${opacity}" filter="url(#soft)"/>`;
}

// ---------------------------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------------------------

/** Schoolyard in the morning: yellow three-storey building, trees, students. */
function sceneCourtyard(W, H, r) {
	const k = W / 1600;
	const ground = H * 0.68;
	let defs = linear('sky', [
		[0, '#8fb8dc'],
		[0.6, '#cfe0ea'],
		[1, '#f3e6cc'],
	]);
	defs += linear('yard', [
		[0, '#c9c2b2'],
		[1, '#9e9586'],
	]);
	defs += linear(
		'glassShine',
		[
			[0, '#fff', 0.35],
			[0.5, '#fff', 0.05],
			[1, '#fff', 0],
		],
		{ x1: 0, y1: 0, x2: 1, y2: 1 },
	);
	defs += radial('sun', [
		[0, '#fff8e0', 0.9],
		[1, '#fff8e0', 0],
	]);
	defs += blurFilter('far', 3 * k) + blurFilter('soft', 1.2 * k) + blurFilter('cloud', 25 * k);
	let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
	s += `<circle cx="${W * 0.82}" cy="${H * 0.12}" r="${W * 0.25}" fill="url(#sun)"/>`;
	s += clouds(r, W, H * 0.05, H * 0.3, 9, ['#ffffff', '#f1f4f7'], 'cloud');
	// distant trees line
	let far = '';
	for (let i = 0; i < 22; i++)
		far += tree(r, between(r, 0, W), ground - H * 0.12, between(r, 0.12, 0.2) * H, {
			greens: ['#6f8d6a', '#7c9a74', '#88a57f'],
			light: '#b7cda7',
		});
	s += `<g filter="url(#far)" opacity="0.8">${far}</g>`;
	s += `<g filter="url(#soft)">${schoolBuilding(r, W * 0.1, ground, W * 0.8, { floors: 3, floorH: H * 0.135, bays: 10 })}</g>`;
	s += `<rect y="${n1(ground)}" width="${W}" height="${n1(H - ground)}" fill="url(#yard)"/>`;
	// paving joints
	for (let i = 1; i < 10; i++) {
		const y = ground + (H - ground) * Math.pow(i / 10, 1.6);
		s += `<line x1="0" y1="${n1(y)}" x2="${W}" y2="${n1(y)}" stroke="#000" stroke-opacity="0.06" stroke-width="${n1(1.5 * k)}"/>`;
	}
	for (let i = -12; i <= 12; i++)
		s += `<line x1="${n1(W / 2 + i * W * 0.02)}" y1="${n1(ground)}" x2="${n1(W / 2 + i * W * 0.11)}" y2="${H}" stroke="#000" stroke-opacity="0.05" stroke-width="${n1(1.5 * k)}"/>`;
	// long morning shadows of the trees
	s += `<g opacity="0.25" filter="url(#cloud)"><ellipse cx="${W * 0.2}" cy="${H * 0.86}" rx="${W * 0.22}" ry="${H * 0.05}" fill="#2a2a2a"/><ellipse cx="${W * 0.83}" cy="${H * 0.9}" rx="${W * 0.2}" ry="${H * 0.05}" fill="#2a2a2a"/></g>`;
	s += tree(r, W * 0.06, H * 0.93, H * 0.75);
	s += tree(r, W * 0.95, H * 0.97, H * 0.8);
	// students
	const groups = [
		[0.36, 0.8],
		[0.42, 0.82],
		[0.47, 0.79],
		[0.6, 0.86],
		[0.65, 0.85],
		[0.28, 0.9],
		[0.74, 0.78],
		[0.53, 0.93],
	];
	for (const [gx, gy] of groups.sort((a, b) => a[1] - b[1])) {
		const y = gy * H;
		const h = (y - ground) * 0.9 + H * 0.04;
		s += person(r, gx * W, y, h, {
			pants: pick(r, ['#1f2a44', '#2b3550', '#3a3d47']),
			bag: r() < 0.5 ? pick(r, ['#2f6db0', '#c0392b', '#1f7a5a', '#6b3fa0']) : null,
		});
	}
	const v = vignette(W, H, 0.3);
	return { defs: defs + v.defs, body: s + v.body };
}

/** Exam room seen from the back: single desks, candidates, blackboard, clock, side windows. */
function sceneExamHall(W, H, r) {
	const k = W / 1600;
	const p = camera(W, H, { f: 0.55, horizon: 0.4, cx: 0.52 });
	const floorY = -1.25;
	let defs = linear('floorGrad', [
		[0, '#9c9280'],
		[1, '#c8bda6'],
	]);
	defs += linear(
		'daylight',
		[
			[0, '#fffdf4'],
			[1, '#e6eef2'],
		],
		{ x1: 0, y1: 0, x2: 1, y2: 0 },
	);
	defs += blurFilter('soft', 8 * k) + blurFilter('bg', 1.6 * k);
	let s = `<rect width="${W}" height="${H}" fill="#ddd6c4"/>`;
	let bg = room(p, { hw: 4.2, floorY, zBack: 12, wall: '#e6dfca', back: '#ece5d2' });
	for (let z = 2; z < 11; z += 3) bg += sideWindow(p, -4.2, z, z + 1.8);
	// blackboard and clock on the back wall
	bg += `<polygon points="${pts([p(-2, -0.1, 12), p(2, -0.1, 12), p(2, 1.1, 12), p(-2, 1.1, 12)])}" fill="#2f4a3c" stroke="#8a6a45" stroke-width="${n1(5 * k)}"/>`;
	bg += `<polygon points="${pts([p(-1.4, 0.75, 12), p(0.9, 0.75, 12), p(0.9, 0.8, 12), p(-1.4, 0.8, 12)])}" fill="#dfe8e2" opacity="0.55"/>`;
	const [ccx, ccy] = p(0, 1.45, 12);
	bg += `<circle cx="${n1(ccx)}" cy="${n1(ccy)}" r="${n1((p.F * 0.17) / 12)}" fill="#f7f5ef" stroke="#333" stroke-width="${n1(3 * k)}"/>`;
	bg += `<line x1="${n1(ccx)}" y1="${n1(ccy)}" x2="${n1(ccx)}" y2="${n1(ccy - (p.F * 0.12) / 12)}" stroke="#222" stroke-width="${n1(3 * k)}"/><line x1="${n1(ccx)}" y1="${n1(ccy)}" x2="${n1(ccx + (p.F * 0.08) / 12)}" y2="${n1(ccy)}" stroke="#222" stroke-width="${n1(3 * k)}"/>`;
	bg += box(p, -2.6, -1.4, floorY, floorY + 0.78, 10.6, 11.2, { top: '#a07448', front: '#7d5736' });
	for (let z = 2; z < 11; z += 3) bg += floorLight(p, -4.2, z, z + 1.8, floorY, 3.2, 0.22);
	s += `<g filter="url(#bg)">${bg}</g>`;
	// desks and candidates, far to near
	const cols = [-2.9, -1.0, 0.9, 2.8];
	for (let z = 10; z >= 1.9; z -= 1.35) {
		for (const X of [...cols].sort((a, b) => Math.abs(b) - Math.abs(a))) {
			s += desk(p, X - 0.42, X + 0.42, z, z + 0.45, floorY);
			s += seatedStudent(r, p, X + between(r, -0.04, 0.04), z - 0.22, floorY, {
				shirt: pick(r, ['#f4f4ef', '#eef1f4', '#f6f2e6']),
				ponytail: r() < 0.45,
			});
		}
	}
	const v = vignette(W, H, 0.35);
	return { defs: defs + v.defs, body: s + v.body };
}

/** Storm: dark clouds, rain, a school building, trees bending in the wind, wet yard. */
function sceneStorm(W, H, r) {
	const k = W / 1600;
	const ground = H * 0.66;
	let defs = linear('sky', [
		[0, '#3b4048'],
		[0.55, '#5c636b'],
		[1, '#7b8085'],
	]);
	defs += linear('wet', [
		[0, '#5d625f'],
		[1, '#3c403e'],
	]);
	defs += linear(
		'glassShine',
		[
			[0, '#fff', 0.2],
			[1, '#fff', 0],
		],
		{ x1: 0, y1: 0, x2: 1, y2: 1 },
	);
	defs +=
		blurFilter('cloud', 30 * k) +
		blurFilter('soft', 1.5 * k) +
		blurFilter('rainblur', 1.2 * k) +
		blurFilter('haze', 6 * k);
	let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
	s += clouds(r, W, -H * 0.05, H * 0.45, 26, ['#2c3036', '#3a3f46', '#50565d', '#666c72'], 'cloud');
	s += `<g filter="url(#soft)" opacity="0.92">${schoolBuilding(r, W * 0.18, ground, W * 0.7, { floors: 2, floorH: H * 0.15, bays: 8, wall: '#c9b98e', trim: '#d8d4ca' })}</g>`;
	// haze of rain over the building
	s += `<rect y="${n1(H * 0.25)}" width="${W}" height="${n1(H * 0.45)}" fill="#8b9096" opacity="0.28" filter="url(#haze)"/>`;
	s += `<rect y="${n1(ground)}" width="${W}" height="${n1(H - ground)}" fill="url(#wet)"/>`;
	// reflections and puddles
	s += `<g filter="url(#haze)" opacity="0.35"><rect x="${W * 0.18}" y="${n1(ground)}" width="${W * 0.7}" height="${H * 0.12}" fill="#a79c7c"/></g>`;
	for (let i = 0; i < 9; i++) {
		const px = between(r, 0.05, 0.95) * W;
		const py = between(r, ground + H * 0.05, H * 0.97);
		const rx = between(r, 0.04, 0.12) * W;
		s += `<ellipse cx="${n1(px)}" cy="${n1(py)}" rx="${n1(rx)}" ry="${n1(rx * 0.12)}" fill="#9aa1a6" opacity="0.35"/>`;
	}
	// bent trees
	const bent = (x, h, lean) =>
		`<g transform="translate(${n1(x)},${n1(H * 0.96)}) skewX(${lean}) translate(${n1(-x)},${n1(-H * 0.96)})">${tree(r, x, H * 0.96, h, { greens: ['#1f3520', '#2a4629', '#365733', '#41643b'], light: '#7f9b6c' })}</g>`;
	s += bent(W * 0.08, H * 0.78, -16);
	s += bent(W * 0.93, H * 0.7, -20);
	// rain streaks
	let rain = '';
	const count = Math.round((900 * (W * H)) / (1600 * 1000) ** 1);
	for (let i = 0; i < count; i++) {
		const x = between(r, -0.1, 1.1) * W;
		const y = between(r, -0.05, 1) * H;
		const len = between(r, 20, 55) * k;
		rain += `<line x1="${n1(x)}" y1="${n1(y)}" x2="${n1(x - len * 0.35)}" y2="${n1(y + len)}" stroke="#dfe4e8" stroke-opacity="${n1(between(r, 0.15, 0.45) * 100) / 100}" stroke-width="${n1(between(r, 0.8, 1.8) * k)}"/>`;
	}
	s += `<g filter="url(#rainblur)">${rain}</g>`;
	const v = vignette(W, H, 0.45);
	return { defs: defs + v.defs, body: s + v.body };
}

/** Construction site: concrete frame of a three-storey school, scaffolding, tower crane. */
function sceneConstruction(W, H, r) {
	const k = W / 1600;
	const ground = H * 0.74;
	let defs = linear('sky', [
		[0, '#9fc2df'],
		[1, '#e7eef2'],
	]);
	defs += linear('dirt', [
		[0, '#a48d6c'],
		[1, '#7d6a50'],
	]);
	defs += blurFilter('cloud', 22 * k) + blurFilter('soft', 1.1 * k) + blurFilter('far', 3 * k);
	let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
	s += clouds(r, W, H * 0.05, H * 0.3, 8, ['#ffffff', '#eef3f6'], 'cloud');
	let far = '';
	for (let i = 0; i < 18; i++)
		far += tree(r, between(r, 0, W), ground - H * 0.04, between(r, 0.1, 0.18) * H, {
			greens: ['#6c8a64', '#7a976f', '#8aa67d'],
			light: '#b9ceab',
		});
	s += `<g filter="url(#far)">${far}</g>`;
	// tower crane
	const mx = W * 0.78;
	const mTop = H * 0.08;
	const mw = W * 0.018;
	let crane = `<rect x="${n1(mx - mw / 2)}" y="${n1(mTop)}" width="${n1(mw)}" height="${n1(ground - mTop)}" fill="none" stroke="#d9a21b" stroke-width="${n1(3 * k)}"/>`;
	for (let y = mTop; y < ground; y += mw)
		crane += `<line x1="${n1(mx - mw / 2)}" y1="${n1(y)}" x2="${n1(mx + mw / 2)}" y2="${n1(y + mw)}" stroke="#d9a21b" stroke-width="${n1(2 * k)}"/>`;
	const jibL = W * 0.62;
	const jy = mTop + H * 0.02;
	crane += `<rect x="${n1(mx - jibL)}" y="${n1(jy)}" width="${n1(jibL + W * 0.14)}" height="${n1(mw * 0.8)}" fill="none" stroke="#d9a21b" stroke-width="${n1(3 * k)}"/>`;
	for (let x = mx - jibL; x < mx + W * 0.14; x += mw)
		crane += `<line x1="${n1(x)}" y1="${n1(jy + mw * 0.8)}" x2="${n1(x + mw / 2)}" y2="${n1(jy)}" stroke="#d9a21b" stroke-width="${n1(2 * k)}"/>`;
	crane += `<polygon points="${pts([
		[mx - mw / 2, jy],
		[mx, mTop - H * 0.06],
		[mx + mw / 2, jy],
	])}" fill="none" stroke="#d9a21b" stroke-width="${n1(3 * k)}"/>`;
	crane += `<line x1="${n1(mx)}" y1="${n1(mTop - H * 0.06)}" x2="${n1(mx - jibL * 0.7)}" y2="${n1(jy)}" stroke="#555" stroke-width="${n1(1.5 * k)}"/>`;
	crane += `<rect x="${n1(mx + W * 0.07)}" y="${n1(jy + mw * 0.8)}" width="${n1(W * 0.06)}" height="${n1(H * 0.05)}" fill="#777"/>`;
	crane += `<rect x="${n1(mx - mw)}" y="${n1(jy + mw * 0.8)}" width="${n1(mw * 2)}" height="${n1(mw * 1.4)}" fill="#e8e2d4" stroke="#555" stroke-width="${n1(1.5 * k)}"/>`;
	const hookX = mx - jibL * 0.45;
	crane += `<line x1="${n1(hookX)}" y1="${n1(jy + mw * 0.8)}" x2="${n1(hookX)}" y2="${n1(H * 0.36)}" stroke="#444" stroke-width="${n1(1.5 * k)}"/><rect x="${n1(hookX - W * 0.03)}" y="${n1(H * 0.36)}" width="${n1(W * 0.06)}" height="${n1(H * 0.02)}" fill="#7a7a7a"/>`;
	s += `<g filter="url(#soft)">${crane}</g>`;
	// concrete frame
	const bx = W * 0.14;
	const bw = W * 0.58;
	const fh = H * 0.14;
	let frame = '';
	for (let f = 0; f < 3; f++) {
		const y = ground - (f + 1) * fh;
		if (f < 2) {
			// brick infill on the lower floors, partly done
			const fill = f === 0 ? 0.9 : 0.45;
			frame += `<rect x="${n1(bx)}" y="${n1(y)}" width="${n1(bw * fill)}" height="${n1(fh)}" fill="#b5654a"/>`;
			for (let row = 0; row < 12; row++)
				frame += `<line x1="${n1(bx)}" y1="${n1(y + (row * fh) / 12)}" x2="${n1(bx + bw * fill)}" y2="${n1(y + (row * fh) / 12)}" stroke="#8e4c37" stroke-width="${n1(1 * k)}"/>`;
			for (let c = 0; c < 8; c++)
				frame += `<rect x="${n1(bx + (bw * (c + 0.3)) / 8)}" y="${n1(y + fh * 0.3)}" width="${n1(bw * 0.05)}" height="${n1(fh * 0.42)}" fill="#3c3a37"/>`;
		}
		frame += `<rect x="${n1(bx - 6 * k)}" y="${n1(y - fh * 0.08)}" width="${n1(bw + 12 * k)}" height="${n1(fh * 0.1)}" fill="#b9b6ae"/>`;
		for (let c = 0; c <= 8; c++)
			frame += `<rect x="${n1(bx + (bw * c) / 8 - fh * 0.05)}" y="${n1(y)}" width="${n1(fh * 0.1)}" height="${n1(fh)}" fill="#c4c1b8"/>`;
	}
	// rebar on top
	for (let c = 0; c <= 8; c++)
		frame += `<line x1="${n1(bx + (bw * c) / 8)}" y1="${n1(ground - 3 * fh - fh * 0.08)}" x2="${n1(bx + (bw * c) / 8)}" y2="${n1(ground - 3 * fh - fh * 0.4)}" stroke="#5a4a3a" stroke-width="${n1(2 * k)}"/>`;
	// scaffolding and green safety net
	let scaf = '';
	for (let x = bx - fh * 0.3; x <= bx + bw + fh * 0.3; x += bw / 12)
		scaf += `<line x1="${n1(x)}" y1="${n1(ground)}" x2="${n1(x)}" y2="${n1(ground - 3.2 * fh)}" stroke="#6e6a60" stroke-width="${n1(2.5 * k)}"/>`;
	for (let y = ground; y >= ground - 3.2 * fh; y -= fh / 2)
		scaf += `<line x1="${n1(bx - fh * 0.3)}" y1="${n1(y)}" x2="${n1(bx + bw + fh * 0.3)}" y2="${n1(y)}" stroke="#6e6a60" stroke-width="${n1(2 * k)}"/>`;
	scaf += `<rect x="${n1(bx + bw * 0.55)}" y="${n1(ground - 3.2 * fh)}" width="${n1(bw * 0.5)}" height="${n1(3.2 * fh)}" fill="#2f7d4a" opacity="0.35"/>`;
	s += `<g filter="url(#soft)">${frame}${scaf}</g>`;
	s += `<rect y="${n1(ground)}" width="${W}" height="${n1(H - ground)}" fill="url(#dirt)"/>`;
	// piles of sand and bricks, corrugated fence
	s += `<ellipse cx="${n1(W * 0.2)}" cy="${n1(H * 0.86)}" rx="${n1(W * 0.1)}" ry="${n1(H * 0.06)}" fill="#c9ae7a"/>`;
	for (let i = 0; i < 5; i++)
		for (let j = 0; j < 8 - i; j++)
			s += `<rect x="${n1(W * 0.55 + j * W * 0.022 + i * W * 0.011)}" y="${n1(H * 0.9 - i * H * 0.02)}" width="${n1(W * 0.021)}" height="${n1(H * 0.018)}" fill="${pick(r, ['#b45a3c', '#a8523a', '#bf6446'])}" stroke="#7d3b27" stroke-width="1"/>`;
	let fence = `<rect x="0" y="${n1(H * 0.9)}" width="${n1(W * 0.12)}" height="${n1(H * 0.1)}" fill="#3c6ea3"/>`;
	for (let x = 0; x < W * 0.12; x += 8 * k)
		fence += `<line x1="${n1(x)}" y1="${n1(H * 0.9)}" x2="${n1(x)}" y2="${H}" stroke="#2c557f" stroke-width="${n1(2 * k)}"/>`;
	s += fence;
	s += person(r, W * 0.4, H * 0.88, H * 0.16, {
		shirt: '#e47b2a',
		pants: '#3a3a3a',
		hair: '#f2d23a',
	});
	s += person(r, W * 0.47, H * 0.9, H * 0.17, {
		shirt: '#2e5e9c',
		pants: '#3a3a3a',
		hair: '#f4f4f4',
	});
	const v = vignette(W, H, 0.3);
	return { defs: defs + v.defs, body: s + v.body };
}

/** Misty morning at a small school below limestone hills (the large "phone photo"). */
function sceneMountainSchool(W, H, r) {
	const k = W / 1600;
	const ground = H * 0.7;
	let defs = linear('sky', [
		[0, '#b9c9d3'],
		[0.5, '#dfe3df'],
		[1, '#f1ead8'],
	]);
	defs += linear('yard', [
		[0, '#a08f70'],
		[1, '#7f6e52'],
	]);
	defs += linear('mist', [
		[0, '#f1ede2', 0],
		[0.7, '#f1ede2', 0.85],
		[1, '#f1ede2', 0.95],
	]);
	defs += linear(
		'glassShine',
		[
			[0, '#fff', 0.3],
			[1, '#fff', 0],
		],
		{ x1: 0, y1: 0, x2: 1, y2: 1 },
	);
	defs += radial('sun', [
		[0, '#fff4d6', 0.9],
		[1, '#fff4d6', 0],
	]);
	defs +=
		blurFilter('far', 6 * k) +
		blurFilter('mid', 3 * k) +
		blurFilter('soft', 1.2 * k) +
		blurFilter('fog', 40 * k);
	let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
	s += `<circle cx="${n1(W * 0.25)}" cy="${n1(H * 0.22)}" r="${n1(W * 0.3)}" fill="url(#sun)"/>`;
	s += `<g filter="url(#far)" opacity="0.55">${hills(r, W, H * 0.5, { peaks: 9, maxH: H * 0.3, minH: H * 0.12, steep: 2.2, fill: '#8f9d9b' })}</g>`;
	s += `<rect y="${n1(H * 0.25)}" width="${W}" height="${n1(H * 0.3)}" fill="url(#mist)"/>`;
	const near = hills(r, W, H * 0.58, {
		peaks: 7,
		maxH: H * 0.36,
		minH: H * 0.14,
		steep: 2.8,
		fill: '#5f7468',
	});
	defs += hillsClip('nearHills', near);
	s += `<g filter="url(#mid)" opacity="0.9">${near}</g>`;
	// vegetation and rock texture on the nearer hills, kept inside their outline
	let veg = '';
	for (let i = 0; i < 420; i++)
		veg += `<ellipse cx="${n1(between(r, 0, W))}" cy="${n1(between(r, H * 0.2, H * 0.58))}" rx="${n1(between(r, 6, 22) * k)}" ry="${n1(between(r, 4, 12) * k)}" fill="${pick(r, ['#4c6353', '#566d5b', '#6b8068', '#8c968c'])}" opacity="0.55"/>`;
	s += `<g clip-path="url(#nearHills)"><g filter="url(#mid)">${veg}</g></g>`;
	s += `<rect y="${n1(H * 0.42)}" width="${W}" height="${n1(H * 0.2)}" fill="url(#mist)" opacity="0.8"/>`;
	s += `<ellipse cx="${n1(W * 0.5)}" cy="${n1(H * 0.56)}" rx="${n1(W * 0.7)}" ry="${n1(H * 0.05)}" fill="#f4efe3" opacity="0.7" filter="url(#fog)"/>`;
	// the school: one storey, red tiled roof
	s += `<g filter="url(#soft)">${schoolBuilding(r, W * 0.2, ground, W * 0.56, { floors: 1, floorH: H * 0.14, bays: 6, wall: '#efe2b8', trim: '#f7f2e3', roof: 'tile', roofColor: '#a4432c' })}</g>`;
	s += `<rect y="${n1(ground)}" width="${W}" height="${n1(H - ground)}" fill="url(#yard)"/>`;
	// texture of the dirt yard
	let grain = '';
	for (let i = 0; i < 700; i++)
		grain += `<ellipse cx="${n1(between(r, 0, W))}" cy="${n1(between(r, ground, H))}" rx="${n1(between(r, 2, 9) * k)}" ry="${n1(between(r, 1, 3) * k)}" fill="${pick(r, ['#6f5f46', '#b29f7d', '#8d7b5d'])}" opacity="0.45"/>`;
	s += grain;
	s += tree(r, W * 0.12, H * 0.8, H * 0.62, {
		greens: ['#2c4a2a', '#3a5f34', '#4a733f', '#5d8a4a'],
	});
	s += tree(r, W * 0.88, H * 0.83, H * 0.66, {
		greens: ['#2c4a2a', '#3a5f34', '#4a733f', '#5d8a4a'],
	});
	const kids = [
		[0.4, 0.79],
		[0.45, 0.8],
		[0.56, 0.84],
		[0.61, 0.83],
		[0.7, 0.9],
		[0.34, 0.92],
	];
	for (const [x, y] of kids) {
		const yy = y * H;
		s += person(r, x * W, yy, (yy - ground) * 0.8 + H * 0.07, {
			pants: pick(r, ['#233055', '#2c2f3a']),
			bag: pick(r, ['#c0392b', '#2f6db0', '#e0a526', '#1f7a5a']),
		});
	}
	s += `<rect y="${n1(ground - H * 0.05)}" width="${W}" height="${n1(H * 0.08)}" fill="#f4efe3" opacity="0.18" filter="url(#fog)"/>`;
	const v = vignette(W, H, 0.28);
	return { defs: defs + v.defs, body: s + v.body };
}

/** Book spines filling one shelf between x0 and x1, bottom at y, height hMax. */
function books(r, x0, x1, y, hMax, scale) {
	const palette = [
		'#b03a2e',
		'#2e5e8c',
		'#d4a72c',
		'#2f7d5a',
		'#7a3f8f',
		'#e0e0d8',
		'#c8692c',
		'#1f3f5f',
		'#9c2f4f',
		'#5c8c3a',
	];
	let s = '';
	let x = x0;
	while (x < x1) {
		const w = Math.min(x1 - x, between(r, 0.012, 0.032) * scale);
		const h = hMax * between(r, 0.68, 0.95);
		const col = pick(r, palette);
		if (r() < 0.07 && x1 - x > w * 3) {
			s += `<polygon points="${pts([
				[x, y],
				[x + w, y],
				[x + w + h * 0.35, y - h * 0.94],
				[x + h * 0.35, y - h * 0.94],
			])}" fill="${col}"/>`;
			x += w + h * 0.38;
			continue;
		}
		s += `<rect x="${n1(x)}" y="${n1(y - h)}" width="${n1(w)}" height="${n1(h)}" fill="${col}"/>`;
		s += `<rect x="${n1(x)}" y="${n1(y - h * 0.8)}" width="${n1(w)}" height="${n1(h * 0.05)}" fill="#fff" opacity="0.25"/>`;
		s += `<rect x="${n1(x + w * 0.7)}" y="${n1(y - h)}" width="${n1(w * 0.3)}" height="${n1(h)}" fill="#000" opacity="0.15"/>`;
		x += w + scale * 0.0015;
	}
	return s;
}

/** Library interior: shelves full of books, a big window onto trees, low round tables. */
function sceneLibrary(W, H, r) {
	const k = W / 1600;
	let defs = linear('wall', [
		[0, '#efe6d2'],
		[1, '#e2d5b8'],
	]);
	defs += linear('floorWood', [
		[0, '#a77c4f'],
		[1, '#7f5a37'],
	]);
	defs += radial('outside', [
		[0, '#e8f3d8'],
		[0.6, '#a9c98a'],
		[1, '#6f9a5a'],
	]);
	defs += radial('glow', [
		[0, '#fff3d0', 0.55],
		[1, '#fff3d0', 0],
	]);
	defs += blurFilter('win', 14 * k) + blurFilter('soft', 1.1 * k) + blurFilter('light', 30 * k);
	const floorTop = H * 0.72;
	let s = `<rect width="${W}" height="${n1(floorTop)}" fill="url(#wall)"/>`;
	s += `<rect y="${n1(floorTop)}" width="${W}" height="${n1(H - floorTop)}" fill="url(#floorWood)"/>`;
	for (let i = 0; i < 14; i++) {
		const y = floorTop + (H - floorTop) * Math.pow(i / 14, 1.5);
		s += `<line x1="0" y1="${n1(y)}" x2="${W}" y2="${n1(y)}" stroke="#000" stroke-opacity="0.08" stroke-width="${n1(1.5 * k)}"/>`;
	}
	// window on the right with trees outside
	const wx = W * 0.64;
	const wy = H * 0.1;
	const ww = W * 0.3;
	const wh = H * 0.5;
	let outside = `<rect x="${n1(wx)}" y="${n1(wy)}" width="${n1(ww)}" height="${n1(wh)}" fill="url(#outside)"/>`;
	for (let i = 0; i < 40; i++)
		outside += `<circle cx="${n1(wx + between(r, 0, ww))}" cy="${n1(wy + between(r, 0, wh))}" r="${n1(between(r, 0.03, 0.08) * W)}" fill="${pick(r, ['#5e8c48', '#76a25a', '#8fb96f', '#d9ecc0'])}" opacity="0.7"/>`;
	s += `<g filter="url(#win)"><clipPath id="winClip"><rect x="${n1(wx)}" y="${n1(wy)}" width="${n1(ww)}" height="${n1(wh)}"/></clipPath><g clip-path="url(#winClip)">${outside}</g></g>`;
	s += `<rect x="${n1(wx)}" y="${n1(wy)}" width="${n1(ww)}" height="${n1(wh)}" fill="none" stroke="#f7f3ea" stroke-width="${n1(14 * k)}"/>`;
	s += `<line x1="${n1(wx + ww / 2)}" y1="${n1(wy)}" x2="${n1(wx + ww / 2)}" y2="${n1(wy + wh)}" stroke="#f7f3ea" stroke-width="${n1(10 * k)}"/>`;
	s += `<line x1="${n1(wx)}" y1="${n1(wy + wh * 0.55)}" x2="${n1(wx + ww)}" y2="${n1(wy + wh * 0.55)}" stroke="#f7f3ea" stroke-width="${n1(8 * k)}"/>`;
	// light from the window
	s += `<polygon points="${pts([
		[wx, wy + wh],
		[wx + ww, wy + wh],
		[wx + ww * 0.6, H],
		[wx - ww * 0.9, H],
	])}" fill="#fff6da" opacity="0.28" filter="url(#light)"/>`;
	// shelves along the left and back wall
	const sx0 = W * 0.03;
	const sx1 = W * 0.6;
	const sTop = H * 0.08;
	const sBot = floorTop + H * 0.02;
	const rows = 5;
	s += `<rect x="${n1(sx0 - 8 * k)}" y="${n1(sTop - 10 * k)}" width="${n1(sx1 - sx0 + 16 * k)}" height="${n1(sBot - sTop + 10 * k)}" fill="#6e4a2c"/>`;
	const units = 4;
	for (let u = 0; u < units; u++) {
		const ux0 = sx0 + ((sx1 - sx0) * u) / units + 6 * k;
		const ux1 = sx0 + ((sx1 - sx0) * (u + 1)) / units - 6 * k;
		for (let row = 0; row < rows; row++) {
			const y0 = sTop + ((sBot - sTop) * row) / rows;
			const y1 = sTop + ((sBot - sTop) * (row + 1)) / rows;
			s += `<rect x="${n1(ux0)}" y="${n1(y0)}" width="${n1(ux1 - ux0)}" height="${n1(y1 - y0)}" fill="#3d2a1a"/>`;
			s += books(r, ux0 + 3 * k, ux1 - 3 * k, y1 - 8 * k, (y1 - y0) * 0.88, W);
			s += `<rect x="${n1(ux0)}" y="${n1(y1 - 8 * k)}" width="${n1(ux1 - ux0)}" height="${n1(10 * k)}" fill="#8a5f39"/>`;
		}
	}
	s += `<rect x="${n1(sx0)}" y="${n1(sTop)}" width="${n1(sx1 - sx0)}" height="${n1(sBot - sTop)}" fill="url(#glow)"/>`;
	// round tables and stools
	const table = (cx, cy, rx) => {
		let t = `<ellipse cx="${n1(cx + rx * 0.1)}" cy="${n1(cy + rx * 0.55)}" rx="${n1(rx * 1.1)}" ry="${n1(rx * 0.22)}" fill="#000" opacity="0.22"/>`;
		t += `<rect x="${n1(cx - rx * 0.06)}" y="${n1(cy)}" width="${n1(rx * 0.12)}" height="${n1(rx * 0.5)}" fill="#5a3d24"/>`;
		t += `<ellipse cx="${n1(cx)}" cy="${n1(cy + rx * 0.06)}" rx="${n1(rx)}" ry="${n1(rx * 0.3)}" fill="#9b6b3f"/>`;
		t += `<ellipse cx="${n1(cx)}" cy="${n1(cy)}" rx="${n1(rx)}" ry="${n1(rx * 0.3)}" fill="#c89563"/>`;
		t += `<rect x="${n1(cx - rx * 0.35)}" y="${n1(cy - rx * 0.1)}" width="${n1(rx * 0.3)}" height="${n1(rx * 0.1)}" fill="#2e5e8c" transform="rotate(-8 ${n1(cx)} ${n1(cy)})"/>`;
		t += `<rect x="${n1(cx + rx * 0.1)}" y="${n1(cy - rx * 0.06)}" width="${n1(rx * 0.28)}" height="${n1(rx * 0.08)}" fill="#d4a72c"/>`;
		return t;
	};
	const stool = (cx, cy, rx, col) =>
		`<rect x="${n1(cx - rx)}" y="${n1(cy)}" width="${n1(rx * 2)}" height="${n1(rx * 1.1)}" rx="${n1(rx * 0.3)}" fill="${shade(col, -0.2)}"/><ellipse cx="${n1(cx)}" cy="${n1(cy)}" rx="${n1(rx)}" ry="${n1(rx * 0.32)}" fill="${col}"/>`;
	s +=
		stool(W * 0.22, H * 0.8, W * 0.03, '#2f7d5a') + stool(W * 0.45, H * 0.79, W * 0.028, '#d4a72c');
	s += table(W * 0.33, H * 0.8, W * 0.11);
	s +=
		stool(W * 0.62, H * 0.9, W * 0.035, '#b03a2e') +
		stool(W * 0.88, H * 0.92, W * 0.036, '#2e5e8c');
	s += table(W * 0.75, H * 0.9, W * 0.13);
	// a plant by the window
	s += `<rect x="${n1(W * 0.955)}" y="${n1(H * 0.66)}" width="${n1(W * 0.04)}" height="${n1(H * 0.08)}" fill="#b86b3c"/>`;
	for (let i = 0; i < 9; i++)
		s += `<ellipse cx="${n1(W * 0.975 + between(r, -0.03, 0.03) * W)}" cy="${n1(H * 0.62 - between(r, 0, 0.1) * H)}" rx="${n1(W * 0.02)}" ry="${n1(W * 0.008)}" fill="${pick(r, ['#3f7a3a', '#5b9a4a'])}" transform="rotate(${n1(between(r, -50, 50))} ${n1(W * 0.975)} ${n1(H * 0.62)})"/>`;
	const v = vignette(W, H, 0.3);
	return { defs: defs + v.defs, body: `<g filter="url(#soft)">${s}</g>` + v.body };
}

/** Students reading on stools under the trees, dappled light, a small roofed bookshelf. */
function sceneReadingGarden(W, H, r) {
	const k = W / 1600;
	const ground = H * 0.55;
	let defs = linear('bg', [
		[0, '#c7d9b6'],
		[1, '#e9e2cb'],
	]);
	defs += linear('paving', [
		[0, '#b8a58a'],
		[1, '#96836a'],
	]);
	defs += blurFilter('far', 8 * k) + blurFilter('soft', 1.2 * k) + blurFilter('dapple', 10 * k);
	let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
	let far = '';
	for (let i = 0; i < 10; i++)
		far += tree(r, between(r, 0, W), ground, between(r, 0.3, 0.45) * H, {
			greens: ['#7d9a6c', '#8cab78', '#9fbe88'],
			light: '#d2e4bb',
		});
	far += schoolBuilding(r, W * 0.55, ground, W * 0.5, {
		floors: 2,
		floorH: H * 0.13,
		bays: 6,
		wall: '#f0d98c',
	});
	s += `<g filter="url(#far)" opacity="0.85">${far}</g>`;
	s += `<rect y="${n1(ground)}" width="${W}" height="${n1(H - ground)}" fill="url(#paving)"/>`;
	for (let i = 1; i < 12; i++) {
		const y = ground + (H - ground) * Math.pow(i / 12, 1.5);
		s += `<line x1="0" y1="${n1(y)}" x2="${W}" y2="${n1(y)}" stroke="#fff" stroke-opacity="0.12" stroke-width="${n1(2 * k)}"/>`;
	}
	// the small roofed bookshelf
	const bx = W * 0.08;
	const by = H * 0.74;
	const bw = W * 0.18;
	const bh = H * 0.3;
	s += `<ellipse cx="${n1(bx + bw / 2)}" cy="${n1(by)}" rx="${n1(bw * 0.7)}" ry="${n1(H * 0.02)}" fill="#000" opacity="0.2"/>`;
	s += `<rect x="${n1(bx)}" y="${n1(by - bh)}" width="${n1(bw)}" height="${n1(bh)}" fill="#6e4a2c"/>`;
	for (let row = 0; row < 3; row++) {
		const y0 = by - bh + 10 * k + (row * (bh - 20 * k)) / 3;
		const y1 = y0 + (bh - 20 * k) / 3;
		s += `<rect x="${n1(bx + 8 * k)}" y="${n1(y0)}" width="${n1(bw - 16 * k)}" height="${n1(y1 - y0 - 6 * k)}" fill="#3a2818"/>`;
		s += books(r, bx + 10 * k, bx + bw - 10 * k, y1 - 6 * k, (y1 - y0) * 0.8, W);
	}
	s += `<polygon points="${pts([
		[bx - bw * 0.12, by - bh],
		[bx + bw / 2, by - bh - H * 0.07],
		[bx + bw * 1.12, by - bh],
	])}" fill="#a4432c"/>`;
	// children sitting on stools, reading
	const reader = (x, y, h, shirt) => {
		let g = `<ellipse cx="${n1(x)}" cy="${n1(y)}" rx="${n1(h * 0.35)}" ry="${n1(h * 0.05)}" fill="#000" opacity="0.2"/>`;
		g += `<rect x="${n1(x - h * 0.16)}" y="${n1(y - h * 0.32)}" width="${n1(h * 0.32)}" height="${n1(h * 0.32)}" rx="${n1(h * 0.05)}" fill="${pick(r, ['#2f7d5a', '#d4a72c', '#b03a2e', '#2e5e8c'])}"/>`;
		g += `<rect x="${n1(x - h * 0.05)}" y="${n1(y - h * 0.34)}" width="${n1(h * 0.34)}" height="${n1(h * 0.09)}" rx="${n1(h * 0.04)}" fill="#2b3550"/>`;
		g += `<rect x="${n1(x + h * 0.22)}" y="${n1(y - h * 0.34)}" width="${n1(h * 0.08)}" height="${n1(h * 0.33)}" rx="${n1(h * 0.03)}" fill="#2b3550"/>`;
		g += `<path d="M${n1(x - h * 0.12)},${n1(y - h * 0.33)} L${n1(x - h * 0.08)},${n1(y - h * 0.74)} Q${n1(x + h * 0.02)},${n1(y - h * 0.8)} ${n1(x + h * 0.12)},${n1(y - h * 0.72)} L${n1(x + h * 0.1)},${n1(y - h * 0.33)} Z" fill="${shirt}"/>`;
		g += `<rect x="${n1(x + h * 0.08)}" y="${n1(y - h * 0.62)}" width="${n1(h * 0.22)}" height="${n1(h * 0.06)}" rx="${n1(h * 0.03)}" fill="${shade(shirt, -0.1)}" transform="rotate(-25 ${n1(x + h * 0.08)} ${n1(y - h * 0.62)})"/>`;
		g += `<polygon points="${pts([
			[x + h * 0.18, y - h * 0.72],
			[x + h * 0.36, y - h * 0.66],
			[x + h * 0.33, y - h * 0.52],
			[x + h * 0.15, y - h * 0.58],
		])}" fill="${pick(r, ['#f4f1e6', '#e8d9b0'])}" stroke="${pick(r, ['#b03a2e', '#2e5e8c', '#2f7d5a'])}" stroke-width="${n1(h * 0.012)}"/>`;
		g += `<rect x="${n1(x - h * 0.03)}" y="${n1(y - h * 0.84)}" width="${n1(h * 0.07)}" height="${n1(h * 0.06)}" fill="#c99a78"/>`;
		g += `<circle cx="${n1(x + h * 0.03)}" cy="${n1(y - h * 0.9)}" r="${n1(h * 0.085)}" fill="#c99a78"/>`;
		g += `<path d="M${n1(x - h * 0.06)},${n1(y - h * 0.9)} A${n1(h * 0.088)},${n1(h * 0.088)} 0 0 1 ${n1(x + h * 0.11)},${n1(y - h * 0.93)} Q${n1(x + h * 0.02)},${n1(y - h * 0.94)} ${n1(x - h * 0.06)},${n1(y - h * 0.84)} Z" fill="#1d1a18"/>`;
		return g;
	};
	const spots = [
		[0.38, 0.78],
		[0.5, 0.74],
		[0.62, 0.8],
		[0.75, 0.76],
		[0.86, 0.9],
		[0.45, 0.95],
	];
	for (const [x, y] of spots.sort((a, b) => a[1] - b[1]))
		s += reader(
			x * W,
			y * H,
			H * (0.18 + (y - 0.7) * 0.6),
			pick(r, ['#f4f4ef', '#eef1f4', '#f6f2e6']),
		);
	// canopy above
	let canopy = '';
	for (let i = 0; i < 70; i++)
		canopy += `<ellipse cx="${n1(between(r, -0.05, 1.05) * W)}" cy="${n1(between(r, -0.1, 0.18) * H)}" rx="${n1(between(r, 0.05, 0.12) * W)}" ry="${n1(between(r, 0.04, 0.08) * W)}" fill="${pick(r, ['#2c4a2a', '#3a5f34', '#4a733f', '#5d8a4a'])}"/>`;
	s += `<g filter="url(#soft)">${canopy}</g>`;
	s += `<path d="M${n1(W * 0.3)},0 L${n1(W * 0.31)},${n1(ground + H * 0.02)} L${n1(W * 0.335)},${n1(ground + H * 0.02)} L${n1(W * 0.33)},0 Z" fill="#4b3b2e"/>`;
	// dappled sunlight on the ground and the readers
	let dapple = '';
	for (let i = 0; i < 40; i++)
		dapple += `<ellipse cx="${n1(between(r, 0, W))}" cy="${n1(between(r, ground, H))}" rx="${n1(between(r, 0.01, 0.04) * W)}" ry="${n1(between(r, 0.004, 0.012) * W)}" fill="#fff5c8" opacity="${n1(between(r, 0.2, 0.45) * 100) / 100}"/>`;
	s += `<g filter="url(#dapple)">${dapple}</g>`;
	const v = vignette(W, H, 0.35);
	return { defs: defs + v.defs, body: s + v.body };
}

/** Late afternoon canal between rice fields, with a deep-water warning sign. */
function sceneCanal(W, H, r) {
	const k = W / 1600;
	const horizon = H * 0.45;
	const cx = W * 0.6;
	const f = W * 0.8;
	const camH = 1.6;
	/** Ground plane: X metres to the right of the camera, Z metres ahead. */
	const g = (X, Z, Y = 0) => [cx + (X * f) / Z, horizon + ((camH - Y) * f) / Z];
	const zMin = ((camH * f) / (H - horizon)) * 0.98;
	let defs = linear('sky', [
		[0, '#7fa3c4'],
		[0.6, '#e9cfa6'],
		[1, '#f4d9a8'],
	]);
	defs += linear('field', [
		[0, '#9bb25a'],
		[1, '#4f7a2a'],
	]);
	defs += linear('water', [
		[0, '#ead3a2'],
		[0.25, '#98aca6'],
		[1, '#3f5a58'],
	]);
	defs += radial('sun', [
		[0, '#fff0c8', 1],
		[0.2, '#ffe2a0', 0.6],
		[1, '#ffe2a0', 0],
	]);
	defs +=
		blurFilter('far', 4 * k) +
		blurFilter('soft', 1.2 * k) +
		blurFilter('cloud', 20 * k) +
		blurFilter('ripple', 2 * k);
	let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
	s += `<circle cx="${n1(W * 0.72)}" cy="${n1(horizon - H * 0.06)}" r="${n1(W * 0.22)}" fill="url(#sun)"/>`;
	s += clouds(r, W, H * 0.05, H * 0.3, 10, ['#f6e2c0', '#e8c9a0', '#ffffff'], 'cloud');
	let far = '';
	for (let i = 0; i < 46; i++)
		far += tree(r, between(r, -0.05, 1.05) * W, horizon + H * 0.008, between(r, 0.04, 0.09) * H, {
			greens: ['#4f6a4a', '#5d7756', '#6a845f'],
			light: '#a8b98a',
		});
	s += `<g filter="url(#far)" opacity="0.85">${far}</g>`;
	s += `<rect y="${n1(horizon)}" width="${W}" height="${n1(H - horizon)}" fill="url(#field)"/>`;
	// paddy fields in perspective, each a slightly different green, separated by earth banks
	const zs = [zMin];
	while (zs[zs.length - 1] < 600) zs.push(zs[zs.length - 1] * between(r, 1.45, 1.9));
	let paddies = '';
	for (let i = 0; i < zs.length - 1; i++) {
		let X = -160;
		while (X < 160) {
			const w = between(r, 10, 22);
			const col = pick(r, ['#6f9a36', '#7ea63e', '#8db24c', '#5f8a2e', '#9cba58']);
			paddies += `<polygon points="${pts([g(X, zs[i]), g(X + w, zs[i]), g(X + w, zs[i + 1]), g(X, zs[i + 1])])}" fill="${col}" opacity="0.8"/>`;
			paddies += `<line x1="${n1(g(X, zs[i])[0])}" y1="${n1(g(X, zs[i])[1])}" x2="${n1(g(X, zs[i + 1])[0])}" y2="${n1(g(X, zs[i + 1])[1])}" stroke="#b9b57a" stroke-opacity="0.55" stroke-width="${n1(Math.max(1, (f / zs[i]) * 0.12))}"/>`;
			X += w;
		}
		paddies += `<line x1="0" y1="${n1(g(0, zs[i])[1])}" x2="${W}" y2="${n1(g(0, zs[i])[1])}" stroke="#b9b57a" stroke-opacity="0.55" stroke-width="${n1(Math.max(1, (f / zs[i]) * 0.15))}"/>`;
	}
	s += paddies;
	// rows of young rice
	for (let Z = zMin; Z < 300; Z *= 1.04)
		s += `<line x1="0" y1="${n1(g(0, Z)[1])}" x2="${W}" y2="${n1(g(0, Z)[1])}" stroke="#2f5a18" stroke-opacity="0.16" stroke-width="${n1(Math.max(1, (f / Z) * 0.02))}"/>`;
	// the canal
	const L = -5.2;
	const R = -0.8;
	const zFar = 2000;
	s += `<polygon points="${pts([g(L, zMin), g(R, zMin), g(R, zFar), g(L, zFar)])}" fill="url(#water)"/>`;
	let ripples = '';
	for (let i = 0; i < 140; i++) {
		const Z = zMin * Math.pow(60, Math.pow(r(), 1.3));
		const X = between(r, L + 0.3, R - 1.2);
		const len = between(r, 0.4, 1.4);
		const [x0, y0] = g(X, Z);
		const [x1] = g(X + len, Z);
		ripples += `<line x1="${n1(x0)}" y1="${n1(y0)}" x2="${n1(x1)}" y2="${n1(y0)}" stroke="${r() < 0.5 ? '#f7e4bb' : '#2f4746'}" stroke-opacity="0.4" stroke-width="${n1(Math.max(1, (f / Z) * 0.03))}"/>`;
	}
	s += `<g filter="url(#ripple)">${ripples}</g>`;
	s += `<ellipse cx="${n1(g((L + R) / 2, 150)[0])}" cy="${n1(g(0, 150)[1] + H * 0.02)}" rx="${n1(W * 0.025)}" ry="${n1(H * 0.04)}" fill="#fff3cf" opacity="0.5" filter="url(#cloud)"/>`;
	// grassy banks along both edges
	const bank = (edge, side) => {
		let b = '';
		for (let i = 0; i < 420; i++) {
			const Z = zMin * Math.pow(40, Math.pow(r(), 1.4));
			const X = edge + side * between(r, -0.15, 0.9);
			const [x, y] = g(X, Z);
			const hgt = (f / Z) * between(r, 0.15, 0.45);
			b += `<line x1="${n1(x)}" y1="${n1(y)}" x2="${n1(x + between(r, -0.4, 0.4) * hgt)}" y2="${n1(y - hgt)}" stroke="${pick(r, ['#3f6b25', '#5a8a30', '#7fa64a', '#2f5220', '#a2b96a'])}" stroke-width="${n1(Math.max(1, (f / Z) * 0.025))}"/>`;
		}
		return b;
	};
	s += `<g filter="url(#soft)">${bank(L, -1)}${bank(R, 1)}</g>`;
	// the warning sign on the right bank
	const [sx, sBase] = g(1.0, 9);
	const m = f / 9;
	s += `<ellipse cx="${n1(sx + m * 0.15)}" cy="${n1(sBase)}" rx="${n1(m * 0.35)}" ry="${n1(m * 0.05)}" fill="#000" opacity="0.25"/>`;
	s += `<rect x="${n1(sx - m * 0.03)}" y="${n1(sBase - m * 1.9)}" width="${n1(m * 0.06)}" height="${n1(m * 1.9)}" fill="#8a8a86"/>`;
	const bw = m * 1.0;
	const bh = m * 0.6;
	const bx = sx - bw / 2;
	const by = sBase - m * 2.3;
	s += `<rect x="${n1(bx)}" y="${n1(by)}" width="${n1(bw)}" height="${n1(bh)}" rx="${n1(m * 0.03)}" fill="#f5f2ea" stroke="#c0392b" stroke-width="${n1(m * 0.05)}"/>`;
	s += `<polygon points="${pts([
		[bx + bw * 0.1, by + bh * 0.8],
		[bx + bw * 0.25, by + bh * 0.2],
		[bx + bw * 0.4, by + bh * 0.8],
	])}" fill="#f2c230" stroke="#222" stroke-width="${n1(m * 0.015)}"/>`;
	for (let i = 0; i < 3; i++)
		s += `<rect x="${n1(bx + bw * 0.5)}" y="${n1(by + bh * (0.22 + i * 0.22))}" width="${n1(bw * (0.4 - i * 0.08))}" height="${n1(bh * 0.1)}" fill="#c0392b"/>`;
	const v = vignette(W, H, 0.4);
	return { defs: defs + v.defs, body: s + v.body };
}

/** Classroom seen from the back: double desks, students in white shirts, board and a smart screen. */
function sceneClassroom(W, H, r) {
	const k = W / 1600;
	const p = camera(W, H, { f: 0.62, horizon: 0.38, cx: 0.46 });
	const floorY = -1.2;
	let defs = linear('floorGrad', [
		[0, '#a99c86'],
		[1, '#d2c7b2'],
	]);
	defs += linear(
		'daylight',
		[
			[0, '#f4f8f8'],
			[1, '#fffbe9'],
		],
		{ x1: 0, y1: 0, x2: 1, y2: 0 },
	);
	defs += linear('screen', [
		[0, '#1d3b5c'],
		[1, '#0f2235'],
	]);
	defs += blurFilter('soft', 10 * k) + blurFilter('bg', 1.4 * k);
	let s = `<rect width="${W}" height="${H}" fill="#e4ddcb"/>`;
	let bg = room(p, { hw: 3.8, floorY, zBack: 9.5, wall: '#eae3cf', back: '#f1ead7' });
	for (let z = 1.5; z < 9; z += 2.6) bg += sideWindow(p, 3.8, z, z + 1.7, { y0: -0.35, y1: 1.35 });
	bg += `<polygon points="${pts([p(-2.4, -0.15, 9.5), p(0.8, -0.15, 9.5), p(0.8, 1.05, 9.5), p(-2.4, 1.05, 9.5)])}" fill="#2e5140" stroke="#8c6a45" stroke-width="${n1(5 * k)}"/>`;
	bg += `<polygon points="${pts([p(-2.1, 0.7, 9.5), p(-0.2, 0.7, 9.5), p(-0.2, 0.75, 9.5), p(-2.1, 0.75, 9.5)])}" fill="#e1ebe5" opacity="0.55"/>`;
	bg += `<polygon points="${pts([p(-2.1, 0.45, 9.5), p(-0.6, 0.45, 9.5), p(-0.6, 0.5, 9.5), p(-2.1, 0.5, 9.5)])}" fill="#e1ebe5" opacity="0.45"/>`;
	bg += `<polygon points="${pts([p(1.1, -0.05, 9.5), p(2.9, -0.05, 9.5), p(2.9, 1.0, 9.5), p(1.1, 1.0, 9.5)])}" fill="url(#screen)" stroke="#222" stroke-width="${n1(6 * k)}"/>`;
	bg += `<polygon points="${pts([p(1.25, 0.5, 9.5), p(1.95, 0.5, 9.5), p(1.95, 0.88, 9.5), p(1.25, 0.88, 9.5)])}" fill="#4fa3d9" opacity="0.85"/>`;
	bg += `<polygon points="${pts([p(2.05, 0.5, 9.5), p(2.75, 0.5, 9.5), p(2.75, 0.88, 9.5), p(2.05, 0.88, 9.5)])}" fill="#f2b84b" opacity="0.85"/>`;
	bg += `<polygon points="${pts([p(1.25, 0.08, 9.5), p(2.75, 0.08, 9.5), p(2.75, 0.36, 9.5), p(1.25, 0.36, 9.5)])}" fill="#e8eef3" opacity="0.8"/>`;
	bg += box(p, -0.6, 0.6, floorY, floorY + 0.8, 8.4, 9.0, { top: '#a07448', front: '#7d5736' });
	for (let z = 1.5; z < 9; z += 2.6) bg += floorLight(p, 3.8, z, z + 1.7, floorY, 3.4, 0.25);
	s += `<g filter="url(#bg)">${bg}</g>`;
	const cols = [-2.2, 0.3, 2.6];
	for (let z = 7.6; z >= 1.6; z -= 1.25) {
		for (const X of [...cols].sort((a, b) => Math.abs(b) - Math.abs(a))) {
			s += desk(p, X - 0.6, X + 0.6, z, z + 0.45, floorY, { top: '#c9a06c', edge: '#97693f' });
			for (const off of [-0.3, 0.3])
				s += seatedStudent(r, p, X + off + between(r, -0.03, 0.03), z - 0.22, floorY, {
					shirt: pick(r, ['#f6f6f2', '#eff2f5', '#f8f4ea']),
					ponytail: r() < 0.5,
				});
		}
	}
	const v = vignette(W, H, 0.32);
	return { defs: defs + v.defs, body: s + v.body };
}

// ---------------------------------------------------------------------------------------------
// What to draw, and where
// ---------------------------------------------------------------------------------------------

const images = [
	{
		name: 'courtyard',
		file: 'news/nganh-giao-duc-ha-nam-tong-ket-nam-hoc-2025-2026-dat-muc/cover.jpg',
		w: 1600,
		h: 1000,
		scene: sceneCourtyard,
		seed: 11,
	},
	{
		name: 'exam-hall',
		file: 'news/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do/cover.jpg',
		w: 1920,
		h: 1200,
		scene: sceneExamHall,
		seed: 23,
	},
	{
		name: 'storm',
		file: 'news/ung-pho-bao-so-6-hoc-sinh-toan-tinh-nghi-hoc-mot-ngay-khong/cover.jpg',
		w: 2400,
		h: 1500,
		scene: sceneStorm,
		seed: 37,
	},
	{
		name: 'construction',
		file: 'news/binh-luc-khoi-cong-ba-nha-lop-hoc-moi-thay-the-phong-hoc/cover.jpg',
		w: 1600,
		h: 1000,
		scene: sceneConstruction,
		seed: 41,
	},
	{
		name: 'mountain-school',
		file: 'stories/co-giao-18-nam-giu-lua-chu-o-diem-truong-chan-nui-kim-bang/cover.jpg',
		w: 4000,
		h: 3000,
		drawWidth: 2400,
		scene: sceneMountainSchool,
		seed: 53,
	},
	{
		name: 'library',
		file: 'stories/thu-vien-mo-duoi-tan-cay-o-truong-thcs-dinh-cong-trang/cover.jpg',
		w: 1800,
		h: 1125,
		scene: sceneLibrary,
		seed: 67,
	},
	{
		name: 'reading-garden',
		file: 'stories/thu-vien-mo-duoi-tan-cay-o-truong-thcs-dinh-cong-trang/anh-2.jpg',
		w: 1600,
		h: 1067,
		scene: sceneReadingGarden,
		seed: 71,
	},
	{
		name: 'canal',
		file: 'stories/nhan-vien-bao-ve-truong-hoc-lao-xuong-kenh-cuu-be-trai-duoi/cover.jpg',
		w: 2000,
		h: 1250,
		scene: sceneCanal,
		seed: 83,
	},
	{
		name: 'classroom',
		file: 'policies/lop-12-theo-chuong-trinh-giao-duc-pho-thong-2018-hoc-nhung/cover.jpg',
		w: 1600,
		h: 1000,
		scene: sceneClassroom,
		seed: 97,
	},
	// The gallery of the opening-day article (a gallery block, issue 18).
	{
		name: 'khai-giang-san-truong',
		file: 'news/le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong/anh-1.jpg',
		w: 1600,
		h: 1067,
		scene: sceneCourtyard,
		seed: 113,
	},
	{
		name: 'khai-giang-lop-hoc',
		file: 'news/le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong/anh-2.jpg',
		w: 1600,
		h: 1067,
		scene: sceneClassroom,
		seed: 127,
	},
	{
		name: 'khai-giang-thu-vien',
		file: 'news/le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong/anh-3.jpg',
		w: 1600,
		h: 1067,
		scene: sceneLibrary,
		seed: 131,
	},
	{
		name: 'khai-giang-goc-doc-sach',
		file: 'news/le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong/anh-4.jpg',
		w: 1600,
		h: 1067,
		scene: sceneReadingGarden,
		seed: 137,
	},
	{
		name: 'khai-giang-diem-truong',
		file: 'news/le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong/anh-5.jpg',
		w: 1600,
		h: 1067,
		scene: sceneMountainSchool,
		seed: 139,
	},
	{
		name: 'khai-giang-nha-lop-hoc-moi',
		file: 'news/le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong/anh-6.jpg',
		w: 1600,
		h: 1067,
		scene: sceneConstruction,
		seed: 149,
	},
];

/** Grey gaussian noise around mid-grey (seeded, so the output files are reproducible). */
function seededNoise(width, height, sigma, seed) {
	const r = rng(seed * 7919 + 1);
	const buf = Buffer.alloc(width * height * 3);
	for (let i = 0; i < width * height; i++) {
		// Box-Muller transform; the same value on the three channels keeps the grain colourless
		const g = Math.sqrt(-2 * Math.log(r() || 1e-9)) * Math.cos(2 * Math.PI * r());
		const v = Math.max(0, Math.min(255, Math.round(128 + g * sigma)));
		buf[i * 3] = v;
		buf[i * 3 + 1] = v;
		buf[i * 3 + 2] = v;
	}
	return buf;
}

/** Render an SVG scene to a JPEG with a slight blur and film grain, under MAX_BYTES. */
async function render({ file, w, h, scene, seed, drawWidth = w }) {
	// Very large canvases are drawn smaller and scaled up: librsvg's blur filters get very slow
	// above ~3000 px, and a phone photo is not pixel-sharp anyway.
	const dw = drawWidth;
	const dh = Math.round((h * drawWidth) / w);
	const { defs, body } = scene(dw, dh, rng(seed));
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${dw}" height="${dh}" viewBox="0 0 ${dw} ${dh}"><defs>${defs}</defs>${body}</svg>`;
	const k = dw / 1600;
	// rasterise the SVG once, then process the pixels (libvips would otherwise re-render it per tile)
	const raster = await sharp(Buffer.from(svg)).png().toBuffer();
	const drawn = await sharp(raster)
		.blur(Math.max(0.4, 0.6 * k))
		.removeAlpha()
		.resize(w, h, { kernel: 'lanczos3' })
		.png()
		.toBuffer();
	// grain drawn at half size and scaled up, so it is soft like sensor noise, not pixel-sharp
	const gw = Math.round(w / 2);
	const gh = Math.round(h / 2);
	const grain = await sharp(seededNoise(gw, gh, 14, seed), {
		raw: { width: gw, height: gh, channels: 3 },
	})
		.resize(w, h, { kernel: 'cubic' })
		.png()
		.toBuffer();
	const composed = await sharp(drawn)
		.composite([{ input: grain, blend: 'soft-light' }])
		.png()
		.toBuffer();
	const out = path.join(contentDir, file);
	await mkdir(path.dirname(out), { recursive: true });
	for (let quality = 85; ; quality -= 4) {
		await sharp(composed).jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toFile(out);
		const { size } = await stat(out);
		if (size <= MAX_BYTES || quality <= 60) return { out, size, quality };
	}
}

const only = process.argv[2];
for (const image of images) {
	if (only && !image.name.includes(only)) continue;
	const { out, size, quality } = await render(image);
	console.log(
		`${path.relative(process.cwd(), out)}  ${image.w}x${image.h}  q${quality}  ${(size / 1024).toFixed(0)} KB`,
	);
}
