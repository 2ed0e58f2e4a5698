/** The international sign of civil protection: an orange equilateral triangle in a blue square. */
export function CivilProtectionSign({ size = 48 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" role="img" aria-hidden="true" className="cp-sign">
      <rect width="100" height="100" rx="8" fill="#0b3d91" />
      <polygon points="50,14 91.6,86 8.4,86" fill="#f28c00" />
    </svg>
  );
}
