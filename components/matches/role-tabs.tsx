import Link from "next/link";
import { ROLE_COPY, matchesHref } from "@/components/matches/labels";
import { cn } from "@/components/ui/cn";
import type { Role } from "@/lib/matching";

/** One link per role the person holds; the current one carries aria-current. Filters are kept. */
export function RoleTabs({ roles, current, goal, format }: { roles: Role[]; current: Role; goal?: string; format?: string }) {
  return (
    <nav aria-label="Kinds of match" className="mb-6 -mx-1 overflow-x-auto px-1 pb-1">
      <ul className="flex w-max min-w-full gap-1 border-b border-line">
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
                {ROLE_COPY[role].tab}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
