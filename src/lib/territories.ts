import { createRequire } from 'node:module'

// Official codes from @etalab/decoupage-administratif (INSEE's Code officiel géographique).
// The package's own index reads its files relative to the working directory, so the JSON
// files are required directly.
const require = createRequire(import.meta.url)

export type Commune = {
  code: string
  name: string
  department: string
  postcodes: string[]
  population?: number
}

export type Department = { code: string; name: string; region: string }

type RawCommune = {
  code: string
  nom: string
  departement?: string
  type: string
  codesPostaux?: string[]
  population?: number
}

let communesByCode: Map<string, Commune> | undefined
let departmentsByCode: Map<string, Department> | undefined

// Current communes win over the delegated or associated ones that share their code.
const typePriority: Record<string, number> = {
  'commune-actuelle': 0,
  'arrondissement-municipal': 1,
  'commune-deleguee': 2,
  'commune-associee': 3,
}

function communes(): Map<string, Commune> {
  if (!communesByCode) {
    const raw = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[]
    const sorted = [...raw].sort((a, b) => (typePriority[a.type] ?? 9) - (typePriority[b.type] ?? 9))
    communesByCode = new Map()
    for (const c of sorted) {
      if (!c.departement || communesByCode.has(c.code)) continue
      communesByCode.set(c.code, {
        code: c.code,
        name: c.nom,
        department: c.departement,
        postcodes: c.codesPostaux ?? [],
        population: c.population,
      })
    }
  }
  return communesByCode
}

function departments(): Map<string, Department> {
  if (!departmentsByCode) {
    const raw = require('@etalab/decoupage-administratif/data/departements.json') as {
      code: string
      nom: string
      region: string
    }[]
    departmentsByCode = new Map(raw.map((d) => [d.code, { code: d.code, name: d.nom, region: d.region }]))
  }
  return departmentsByCode
}

export function findCommune(code: string): Commune | undefined {
  return communes().get(code)
}

export function findDepartment(code: string): Department | undefined {
  return departments().get(code)
}

export function isCommuneCode(code: unknown): code is string {
  return typeof code === 'string' && communes().has(code)
}

export function isDepartmentCode(code: unknown): code is string {
  return typeof code === 'string' && departments().has(code)
}

export function listDepartments(): Department[] {
  return [...departments().values()]
}

export function departmentOfCommune(code: string): string | undefined {
  return findCommune(code)?.department
}

export function listCommunes(): Commune[] {
  return [...communes().values()]
}
