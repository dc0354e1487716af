// A page under a loading.tsx is streamed: the HTTP status goes out with the loading shell, so a
// notFound() in that page arrives as a not-found screen with status 200. This guards the rule the
// app/ tree follows: no file that calls notFound() sits below a loading.tsx. (A layout is rendered
// outside its own folder's loading boundary, so a layout may validate params above it; see
// app/(app)/onboarding/[step]/layout.tsx.) tests/e2e/accessibility.test.ts checks the real statuses.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const appDir = path.resolve(import.meta.dirname, "../../app");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" && dir === appDir ? [] : routeFiles(full);
    return /^(page|layout)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

/** Folders whose loading.tsx would wrap this file: a page's own folder and up; a layout's parents. */
function wrappingFolders(file: string): string[] {
  const folders: string[] = [];
  let dir = path.dirname(file);
  if (path.basename(file) === "layout.tsx") dir = path.dirname(dir);
  while (dir.startsWith(appDir)) {
    folders.push(dir);
    if (dir === appDir) break;
    dir = path.dirname(dir);
  }
  return folders;
}

describe("notFound() answers a real 404", () => {
  const callers = routeFiles(appDir).filter((file) => /\bnotFound\(\)/.test(readFileSync(file, "utf8")));

  it("finds the pages that call notFound()", () => {
    expect(callers.length).toBeGreaterThanOrEqual(3);
  });

  // A page whose own folder's layout makes the same check (outside the boundary) may repeat it
  // to narrow its types: the layout has already answered 404 by then.
  const checkedAbove = (file: string) =>
    path.basename(file) === "page.tsx" && callers.includes(path.join(path.dirname(file), "layout.tsx"));

  it("no page or layout that calls notFound() is inside a loading.tsx boundary", () => {
    const offenders = callers
      .filter((file) => !checkedAbove(file))
      .flatMap((file) =>
        wrappingFolders(file)
          .filter((dir) => existsSync(path.join(dir, "loading.tsx")))
          .map((dir) => `${path.relative(appDir, file)} is inside ${path.relative(appDir, path.join(dir, "loading.tsx"))}`),
      );
    expect(offenders).toEqual([]);
  });
});
