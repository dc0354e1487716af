import Link from "next/link";
import { ROLE_COPY, matchesHref } from "@/components/matches/labels";
import { cn } from "@/components/ui/cn";
import type { Role } from "@/lib/matching";

/** One link per role the person holds; the current one carries aria-current. Filters are kept. */
export function RoleTabs({ roles, current, goal, format }: { roles: Role[]; current: Role; goal?: string; format?: string }) {
  return (
    <nav aria-label="Kinds of match" className="mb-6">
      <ul className="flex flex-wrap gap-1 border-b border-line">
        {roles.map((role) => {
          const active = role === current;
          return (
            <li key={role}>
              <Link
                href={matchesHref({ role, goal, format })}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px block whitespace-nowrap rounded-t-lg border-b-[3px] px-3 py-2.5 text-sm font-semibold sm:px-4",
                  active ? "border-brand-700 text-brand-800" : "border-transparent text-muted hover:border-line hover:text-ink",
                )}
              >
                {/* Short words on phones so every tab fits without scrolling sideways. */}
                <span className="sm:hidden">{ROLE_COPY[role].short}</span>
                <span className="hidden sm:inline">{ROLE_COPY[role].tab}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
