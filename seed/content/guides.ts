import type { GuideSeed } from '../types'

/**
 * The cyber guide, modelled on the 17Cyber diagnostic (who are you → what happened → through
 * which channel → what to do and where). Every fact comes from the official pages already
 * cited for the services and sheets it points to (their files in seed/catalogue/):
 * 17Cyber (interieur.gouv.fr), THESEE (service-public.fr P10100), PERCEVAL (service-public.fr
 * R46526, moncommissariat), PHAROS (service-public.fr R17674, police-nationale), online
 * complaint (plainte-en-ligne FAQ), PNAV (masecurite.interieur.gouv.fr).
 */
export const guides: GuideSeed[] = [
  {
    slug: 'cyber',
    title: 'Victime d’une cybermalveillance : que faire ?',
    intro:
      'Répondez à quelques questions pour savoir quoi faire tout de suite, quelles preuves garder et quel service contacter. Ce guide reprend la démarche de 17Cyber.',
    startStep: 'qui',
    steps: [
      {
        key: 'qui',
        question: 'Vous êtes…',
        answers: [
          { label: 'Un particulier', next: 'danger' },
          { label: 'Une entreprise, une association ou une collectivité', next: 'pro' },
        ],
        en: { question: 'You are…', answers: ['An individual', 'A business, an association or a local authority'] },
      },
      {
        key: 'danger',
        question: 'Êtes-vous, ou quelqu’un d’autre, en danger immédiat ?',
        help: 'Par exemple une menace de s’en prendre physiquement à vous, ou une personne en détresse.',
        answers: [
          { label: 'Oui', next: 'urgence' },
          { label: 'Non', next: 'quoi' },
        ],
        en: {
          question: 'Are you, or is someone else, in immediate danger?',
          help: 'For instance a threat to harm you physically, or a person in distress.',
          answers: ['Yes', 'No'],
        },
      },
      {
        key: 'quoi',
        question: 'Que s’est-il passé ?',
        answers: [
          { label: 'Des achats ou des paiements que je n’ai pas faits apparaissent avec ma carte bancaire', next: 'carte' },
          { label: 'On m’a escroqué : faux site de vente, petite annonce, fausse location, arnaque aux sentiments…', next: 'canal' },
          { label: 'Ma messagerie ou mon compte de réseau social a été piraté', next: 'piratage' },
          { label: 'On me fait chanter en ligne, ou un rançongiciel bloque mes fichiers', next: 'chantage' },
          { label: 'Je suis harcelé ou menacé en ligne', next: 'harcelement' },
          { label: 'J’ai vu un contenu illicite publié sur internet', next: 'contenu-illicite' },
        ],
        en: {
          question: 'What happened?',
          answers: [
            'Purchases or payments I did not make show up with my bank card',
            'I was scammed: fake online shop, classified ad, fake rental, romance scam…',
            'My e-mail or social media account was hacked',
            'I am being blackmailed online, or ransomware locks my files',
            'I am harassed or threatened online',
            'I saw illegal content published on the internet',
          ],
        },
      },
      {
        key: 'carte',
        question: 'Avez-vous toujours votre carte bancaire ?',
        answers: [
          { label: 'Oui, je l’ai toujours', next: 'perceval' },
          { label: 'Non, elle a été perdue ou volée', next: 'carte-volee' },
        ],
        en: { question: 'Do you still have your bank card?', answers: ['Yes, I still have it', 'No, it was lost or stolen'] },
      },
      {
        key: 'canal',
        question: 'Par quel moyen l’escroquerie a-t-elle eu lieu ?',
        answers: [
          { label: 'Sur internet : site, petite annonce, messagerie, réseau social, courriel ou SMS', next: 'thesee' },
          { label: 'Sans internet : au téléphone, par courrier ou en personne', next: 'escroquerie-hors-internet' },
        ],
        en: {
          question: 'How did the scam take place?',
          answers: [
            'On the internet: website, classified ad, messaging, social media, e-mail or text message',
            'Without the internet: by phone, by post or in person',
          ],
        },
      },
      {
        key: 'piratage',
        question: 'Le pirate a-t-il demandé de l’argent, à vous ou à vos contacts ?',
        answers: [
          { label: 'Oui', next: 'thesee' },
          { label: 'Non', next: 'compte-pirate' },
        ],
        en: { question: 'Did the hacker ask you or your contacts for money?', answers: ['Yes', 'No'] },
      },
      {
        key: 'pro',
        question: 'Êtes-vous, ou quelqu’un d’autre, en danger immédiat ?',
        answers: [
          { label: 'Oui', next: 'urgence' },
          { label: 'Non', next: 'professionnel' },
        ],
        en: { question: 'Are you, or is someone else, in immediate danger?', answers: ['Yes', 'No'] },
      },
    ],
    outcomes: [
      {
        key: 'urgence',
        title: 'Appelez le 17 ou le 112',
        urgent: true,
        advice:
          'En cas de danger immédiat, appelez le 17 (police secours) ou le 112 (numéro d’urgence européen). Les services en ligne ne traitent pas les urgences.',
        services: [],
        sheets: [],
        suggestUnits: true,
        en: {
          title: 'Call 17 or 112',
          advice: 'In immediate danger, call 17 (police emergency) or 112 (European emergency number). Online services do not handle emergencies.',
        },
      },
      {
        key: 'perceval',
        title: 'Faites opposition, puis signalez la fraude sur PERCEVAL',
        advice:
          'Faites d’abord opposition auprès de votre banque et notez le numéro d’opposition. Si vous avez toujours votre carte et n’êtes pas à l’origine des achats en ligne, signalez la fraude sur PERCEVAL, avec FranceConnect. Le récépissé reçu facilite votre demande de remboursement auprès de la banque.',
        evidence: 'Le numéro d’opposition, le numéro de la carte et les relevés où apparaissent les achats frauduleux.',
        services: ['perceval'],
        sheets: ['fraude-carte-bancaire'],
        en: {
          title: 'Block your card, then report the fraud on PERCEVAL',
          advice:
            'First block your card with your bank and note the blocking number. If you still have the card and did not make the online purchases, report the fraud on PERCEVAL with FranceConnect. The receipt you get helps you claim a refund from your bank.',
          evidence: 'The blocking number, the card number and the statements showing the fraudulent purchases.',
        },
      },
      {
        key: 'carte-volee',
        title: 'Faites opposition, puis portez plainte',
        advice:
          'Faites opposition auprès de votre banque. PERCEVAL ne s’applique pas à une carte volée : si vous ne connaissez pas l’auteur du vol, portez plainte en ligne ; si vous le connaissez, rendez-vous dans un commissariat ou une brigade de gendarmerie.',
        evidence: 'Le numéro d’opposition et les relevés où apparaissent les opérations frauduleuses.',
        services: ['plainte-en-ligne'],
        sheets: ['fraude-carte-bancaire'],
        suggestUnits: true,
        en: {
          title: 'Block your card, then file a complaint',
          advice:
            'Block your card with your bank. PERCEVAL does not apply to a stolen card: if you do not know the thief, file a complaint online; if you do, go to a police station or a gendarmerie unit.',
          evidence: 'The blocking number and the statements showing the fraudulent transactions.',
        },
      },
      {
        key: 'thesee',
        title: 'Portez plainte ou signalez l’arnaque sur THESEE',
        advice:
          'Si vous avez donné vos coordonnées bancaires ou constaté des débits, faites opposition tout de suite. Changez les mots de passe communiqués. Sur THESEE, vous pouvez porter plainte en ligne avec FranceConnect, ou faire un signalement, qui peut être anonyme mais ne vous permet ni d’être informé des suites ni de demander une indemnisation. 17Cyber peut vous conseiller et, si les faits sont graves, vous mettre en relation avec un policier ou un gendarme.',
        evidence:
          'Le message frauduleux, les références des transferts d’argent, les coordonnées utilisées par l’escroc (adresse, pseudos, numéros), la copie des échanges, le relevé de compte et des captures d’écran.',
        services: ['thesee', '17-cyber'],
        sheets: ['arnaques-en-ligne-preuves'],
        en: {
          title: 'File a complaint or report the scam on THESEE',
          advice:
            'If you gave your bank details or see debits, block your card at once. Change any password you gave. On THESEE you can file a complaint online with FranceConnect, or make a report, which can be anonymous but does not tell you what follows nor let you claim compensation. 17Cyber can advise you and, when the facts are serious, put you in touch with a police officer or gendarme.',
          evidence:
            'The fraudulent message, the references of the money transfers, the contact details the scammer used (address, usernames, numbers), a copy of the exchanges, the bank statement and screenshots.',
        },
      },
      {
        key: 'escroquerie-hors-internet',
        title: 'Portez plainte en ligne ou au commissariat ou à la brigade',
        advice:
          'Les escroqueries sans lien avec internet relèvent de la plainte en ligne lorsque l’auteur est inconnu. Si vous connaissez l’auteur, portez plainte dans un commissariat ou une brigade de gendarmerie.',
        evidence: 'Les références des paiements, les coordonnées utilisées par l’escroc et tout document échangé.',
        services: ['plainte-en-ligne'],
        sheets: ['porter-plainte'],
        suggestUnits: true,
        en: {
          title: 'File a complaint online or at a police station or gendarmerie unit',
          advice:
            'Scams unrelated to the internet fall under the online complaint when the offender is unknown. If you know who did it, file a complaint at a police station or a gendarmerie unit.',
          evidence: 'The payment references, the contact details the scammer used and any document exchanged.',
        },
      },
      {
        key: 'compte-pirate',
        title: 'Reprenez la main sur votre compte avec 17Cyber',
        advice:
          'Changez tout de suite le mot de passe du compte, et partout où vous utilisiez le même. 17Cyber établit un diagnostic, vous conseille et peut vous orienter vers un prestataire référencé par Cybermalveillance.gouv.fr (cette assistance technique peut être payante).',
        evidence: 'Les messages d’alerte reçus, les messages envoyés en votre nom et des captures d’écran.',
        services: ['17-cyber'],
        sheets: ['arnaques-en-ligne-preuves'],
        en: {
          title: 'Take your account back with 17Cyber',
          advice:
            'Change the account’s password at once, and everywhere you used the same one. 17Cyber diagnoses the problem, advises you and can refer you to a provider listed by Cybermalveillance.gouv.fr (this technical help may be charged).',
          evidence: 'The alert messages you received, the messages sent in your name and screenshots.',
        },
      },
      {
        key: 'chantage',
        title: 'Portez plainte ou signalez le chantage sur THESEE',
        advice:
          'THESEE couvre le chantage en ligne et les rançongiciels. 17Cyber vous conseille et, si les faits sont graves, vous met en relation par tchat avec un policier ou un gendarme.',
        evidence: 'Les messages de chantage ou de rançon, les coordonnées de leur auteur, les références de tout paiement et des captures d’écran.',
        services: ['thesee', '17-cyber'],
        sheets: ['arnaques-en-ligne-preuves'],
        en: {
          title: 'File a complaint or report the blackmail on THESEE',
          advice:
            'THESEE covers online blackmail and ransomware. 17Cyber advises you and, when the facts are serious, puts you in touch by chat with a police officer or gendarme.',
          evidence: 'The blackmail or ransom messages, their author’s contact details, the references of any payment and screenshots.',
        },
      },
      {
        key: 'harcelement',
        title: 'Gardez les preuves et faites-vous aider',
        advice:
          'Ne partagez pas les contenus, même pour les dénoncer. Le tchat de la PNAV, ouvert 24 h/24, accueille les victimes et témoins de cyberharcèlement ; un contenu public illicite se signale sur PHAROS. Le cyberharcèlement est un délit : toute victime, même mineure, peut porter plainte dans un commissariat ou une brigade.',
        evidence: 'Des captures d’écran, des photos et les liens (adresses URL) des publications.',
        services: ['pnav', 'pharos', '17-cyber'],
        sheets: ['cyberharcelement-scolaire'],
        suggestUnits: true,
        en: {
          title: 'Keep the evidence and get help',
          advice:
            'Do not share the content, even to denounce it. The PNAV chat, open 24/7, welcomes victims and witnesses of cyber-harassment; illegal public content is reported on PHAROS. Cyber-harassment is an offence: any victim, even a minor, can file a complaint at a police station or gendarmerie unit.',
          evidence: 'Screenshots, photos and the links (URLs) of the posts.',
        },
      },
      {
        key: 'contenu-illicite',
        title: 'Ne le partagez pas : signalez-le sur PHAROS',
        advice:
          'Premier réflexe : ne partagez pas le contenu, signalez-le sur PHAROS, ouvert aux majeurs comme aux mineurs. PHAROS ne traite pas les contenus reçus en privé ni les urgences : en cas d’urgence, composez le 17.',
        evidence: 'L’adresse (URL) du contenu, la date et l’heure où vous l’avez vu.',
        services: ['pharos'],
        sheets: [],
        en: {
          title: 'Do not share it: report it on PHAROS',
          advice:
            'First reflex: do not share the content, report it on PHAROS, open to adults and minors alike. PHAROS does not handle content received privately nor emergencies: in an emergency, call 17.',
          evidence: 'The address (URL) of the content, and the date and time you saw it.',
        },
      },
      {
        key: 'professionnel',
        title: 'Faites établir un diagnostic sur 17Cyber, puis portez plainte',
        advice:
          '17Cyber s’adresse aussi aux professionnels et aux collectivités : diagnostic, conseils et, si les faits sont graves, échange par tchat avec un policier ou un gendarme. Il peut vous mettre en relation avec un prestataire référencé ou labellisé par Cybermalveillance.gouv.fr (assistance payante). THESEE est réservé aux particuliers : une entreprise ou une collectivité porte plainte dans un commissariat ou une brigade de gendarmerie.',
        evidence: 'Les messages reçus, les références des virements, les journaux et captures d’écran de l’attaque.',
        services: ['17-cyber'],
        sheets: [],
        suggestUnits: true,
        en: {
          title: 'Get a diagnosis on 17Cyber, then file a complaint',
          advice:
            '17Cyber also serves businesses and local authorities: diagnosis, advice and, when the facts are serious, a chat with a police officer or gendarme. It can refer you to a provider listed or certified by Cybermalveillance.gouv.fr (paid help). THESEE is for individuals only: a business or local authority files a complaint at a police station or gendarmerie unit.',
          evidence: 'The messages received, the transfer references, logs and screenshots of the attack.',
        },
      },
    ],
    en: {
      title: 'Victim of a cyberattack or online scam: what to do?',
      intro:
        'Answer a few questions to know what to do right away, which evidence to keep and which service to contact. This guide follows the 17Cyber approach.',
    },
  },
]
