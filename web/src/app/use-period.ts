// The period in the address (?periodo=…): shared by tree, monitoring and dashboard.
import { useSearchParams } from "react-router-dom";

export function usePeriodParam(): [string | null, (periodId: string) => void] {
  const [params, setParams] = useSearchParams();
  const periodId = params.get("periodo");
  const setPeriod = (next: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set("periodo", next);
        return copy;
      },
      { replace: true },
    );
  return [periodId, setPeriod];
}
