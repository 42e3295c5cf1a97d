import { hqRequest } from '../api/hqRequest.ts';
import { addedUserSchema, removedUserSchema, userSchema } from '../api/schemas.ts';
import type { UserFormValues } from './UserForm.tsx';

/** An empty office is no office. */
const officeOf = (values: UserFormValues) => (values.office.trim() === '' ? null : values.office.trim());

export function createUser(values: UserFormValues) {
  const office = officeOf(values);
  return hqRequest('/api/v1/users', addedUserSchema, {
    method: 'POST',
    body: { username: values.username.trim(), displayName: values.displayName.trim(), roles: values.roles, ...(office === null ? {} : { office }) },
  });
}

export function updateUser(id: string, values: UserFormValues) {
  return hqRequest(`/api/v1/users/${encodeURIComponent(id)}`, userSchema, {
    method: 'PATCH',
    body: { displayName: values.displayName.trim(), roles: values.roles, office: officeOf(values) },
  });
}

export function removeUser(id: string, reason: string) {
  return hqRequest(`/api/v1/users/${encodeURIComponent(id)}`, removedUserSchema, { method: 'DELETE', body: { reason } });
}
