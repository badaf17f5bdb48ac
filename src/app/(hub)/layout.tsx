import type React from 'react'

export const metadata = {
  title: 'Relais',
  description: 'Le hub de contenus des téléservices de sécurité du ministère de l’Intérieur',
}

export default function HubLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem auto', maxWidth: '48rem', lineHeight: 1.5, padding: '0 1rem' }}>
        {children}
      </body>
    </html>
  )
}
