// A horizontally scrollable wrapper for wide tables. When (and only when) the content overflows it becomes a
// focusable, labelled region, so keyboard users can scroll it (WCAG 2.1.1) without extra tab stops otherwise.
import { useEffect, useRef, useState, type ReactNode } from "react";

export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={`table-responsive ${className ?? ""}`} {...(overflows ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
