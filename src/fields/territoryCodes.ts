import type { TextField } from 'payload'

import { isCommuneCode, isDepartmentCode } from '../lib/territories'

type Options = Partial<Pick<TextField, 'admin' | 'required'>> & { name: string; label: TextField['label'] }

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value == null || value === '' ? [] : [value]

export function checkDepartmentCodes(path: string, value: unknown): true | string {
  const bad = listOf(value).filter((code) => !isDepartmentCode(code))
  return bad.length ? `${path}: unknown department code ${bad.join(', ')}` : true
}

export function checkCommuneCodes(path: string, value: unknown): true | string {
  const bad = listOf(value).filter((code) => !isCommuneCode(code))
  return bad.length ? `${path}: unknown INSEE commune code ${bad.join(', ')}` : true
}

/** Department codes (01, 2A, 971...) checked against INSEE's official list. */
export function departmentCodesField({ name, label, admin, required }: Options): TextField {
  return {
    name,
    type: 'text',
    hasMany: true,
    label,
    admin,
    required,
    validate: (value: unknown) => checkDepartmentCodes(name, value),
  }
}

/** Commune INSEE codes (five characters, e.g. 35238 for Rennes) checked against INSEE's official list. */
export function communeCodesField({ name, label, admin, required }: Options): TextField {
  return {
    name,
    type: 'text',
    hasMany: true,
    label,
    admin,
    required,
    validate: (value: unknown) => checkCommuneCodes(name, value),
  }
}
