// The Fluent theme: Office's own colours when Office reports a theme, Fluent's light theme otherwise.

import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

/** Relative luminance of `#rrggbb` (0 black … 1 white); null for anything else. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!m) return null;
  const channel = (i: number) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** A Fluent theme matching Office's body colours (dark Office themes get the dark theme). */
export function themeFor(officeTheme: OfficeThemeColours | undefined): Theme {
  const background = luminance(officeTheme?.bodyBackgroundColor);
  if (!officeTheme || background === null) return webLightTheme;
  const base = background < 0.2 ? webDarkTheme : webLightTheme;
  const foreground = luminance(officeTheme.bodyForegroundColor);
  // Keep Office's colours only when they contrast enough (WCAG 4.5:1); else Fluent's own.
  if (foreground === null) return base;
  const [hi, lo] = foreground > background ? [foreground, background] : [background, foreground];
  if ((hi + 0.05) / (lo + 0.05) < 4.5) return base;
  return {
    ...base,
    colorNeutralBackground1: officeTheme.bodyBackgroundColor as string,
    colorNeutralForeground1: officeTheme.bodyForegroundColor as string,
  };
}
