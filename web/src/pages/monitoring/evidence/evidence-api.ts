// Evidence files of a plan's values for a period: one list per period (the grid counts files per indicator from
// it), upload, delete. The download is a plain link (/api/evidence/:id/download), so the browser saves the file.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiGet, apiSend, apiUpload } from "../../../api/client";
import { apiPaths } from "../../../api/paths";

export interface EvidenceFile {
  id: string;
  planId: string;
  indicatorId: string;
  periodId: string;
  assigneeId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
  uploadedByLabel: string;
}

/** The server's limit (src/server/evidence-types.ts): checked here first, so a large file is not sent for nothing. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
/** For the file picker; the server checks the type again from name and content. */
export const EVIDENCE_ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt,.csv,.txt";

const enc = encodeURIComponent;
const evidenceKey = (planId: string, periodId: string) => ["evidence", planId, periodId] as const;
export const evidencePaths = {
  list: (planId: string, periodId: string) => `${apiPaths.plan(planId)}/evidence?periodId=${enc(periodId)}`,
  upload: (planId: string, indicatorId: string, periodId: string) => `${apiPaths.plan(planId)}/evidence?indicatorId=${enc(indicatorId)}&periodId=${enc(periodId)}`,
  download: (id: string) => `/api/evidence/${enc(id)}/download`,
  remove: (id: string) => `/api/evidence/${enc(id)}`,
};

export function useEvidenceFiles(planId: string | undefined, periodId: string | undefined) {
  return useQuery({
    queryKey: evidenceKey(planId ?? "", periodId ?? ""),
    enabled: Boolean(planId && periodId),
    queryFn: ({ signal }) => apiGet<EvidenceFile[]>(evidencePaths.list(planId!, periodId!), signal),
  });
}

export function useUploadEvidence(planId: string, periodId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorId, file }: { indicatorId: string; file: File }) => apiUpload<EvidenceFile>(evidencePaths.upload(planId, indicatorId, periodId), file),
    onSettled: () => client.invalidateQueries({ queryKey: evidenceKey(planId, periodId) }),
  });
}

export function useDeleteEvidence(planId: string, periodId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<void>("DELETE", evidencePaths.remove(id)),
    onSettled: () => client.invalidateQueries({ queryKey: evidenceKey(planId, periodId) }),
  });
}

/** "1,2 MB", "830 kB", "512 byte". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("it-IT", { maximumFractionDigits: 0 })} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("it-IT", { maximumFractionDigits: 1 })} MB`;
}
