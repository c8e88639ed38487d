/** How a member is named to others: their name, or the part of their address before the @. */
export const displayName = (m: { name: string; email: string }) => m.name || m.email.split('@')[0];
