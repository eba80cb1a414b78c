export const demoCannedResponses = [
  {
    locale: "en",
    shortcut: "hello",
    title: "Greeting",
    body: "Hi! I'm here to help. Could you give me your order number (BR-123456) so I can look into it?",
  },
  {
    locale: "fr",
    shortcut: "hello",
    title: "Bonjour",
    body: "Bonjour ! Je suis là pour vous aider. Pouvez-vous me donner votre numéro de commande (BR-123456) ?",
  },
  {
    locale: "en",
    shortcut: "tracking",
    title: "Tracking link",
    body: "You can follow your parcel from My account → Orders, or with your order number and email on the Track my order page. The first scan can take up to 24 hours to appear.",
  },
  {
    locale: "fr",
    shortcut: "tracking",
    title: "Suivi du colis",
    body: "Vous pouvez suivre votre colis depuis Mon compte → Commandes, ou avec votre numéro de commande et votre e-mail sur la page Suivre ma commande. Le premier scan peut mettre jusqu'à 24 h à apparaître.",
  },
  {
    locale: "en",
    shortcut: "refund",
    title: "Refund timing",
    body: "Refunds go out within 5 business days of your return reaching our warehouse, to your original payment method. Your bank may take 3–10 more business days to show it.",
  },
  {
    locale: "fr",
    shortcut: "refund",
    title: "Délai de remboursement",
    body: "Le remboursement est émis sous 5 jours ouvrés après réception de votre retour, sur le moyen de paiement d'origine. Votre banque peut mettre 3 à 10 jours ouvrés de plus à l'afficher.",
  },
  {
    locale: "en",
    shortcut: "bye",
    title: "Closing",
    body: "Is there anything else I can help you with? Have a lovely day!",
  },
  {
    locale: "fr",
    shortcut: "bye",
    title: "Clôture",
    body: "Puis-je vous aider pour autre chose ? Très bonne journée !",
  },
];
