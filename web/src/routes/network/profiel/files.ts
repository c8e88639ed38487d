/** Files go to the server as JSON {fileName, contentBase64}: the API accepts JSON only. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface FilePayload {
  fileName: string;
  contentBase64: string;
}

export function readFile(file: File): Promise<FilePayload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve({ fileName: file.name, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Dutch number form: 1.234,5. */
export const formatNumber = (n: number, locale: string) =>
  n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });

export const formatDate = (iso: string, locale: string) => {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return d.toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
};
