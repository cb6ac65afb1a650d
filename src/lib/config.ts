/**
 * Build-time settings for hosts. All off by default: the story is fully offline.
 *
 * VITE_MAP_STYLE_URL: a remote MapLibre style (e.g. a street basemap) to draw under the story's own
 * layers, for hosts that want street detail and accept the third-party requests that brings.
 */
export const REMOTE_STYLE_URL: string | undefined = import.meta.env.VITE_MAP_STYLE_URL || undefined;

/** Longest camera flight between scenes, in milliseconds. */
export const MAX_FLIGHT_MS = 2200;
