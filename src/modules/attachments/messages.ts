import { type MessageEntry, messagesFromEntries } from '../../platform/i18n/message-set.ts';

/** UI strings of images and documents attached to proposals, processes and budget projects. */
const entries = [
  ['attachments.heading', 'Images et documents', 'Images and documents'],
  ['attachments.images', 'Images', 'Images'],
  ['attachments.imagesHint', 'Jusqu’à {max} images PNG, JPEG ou WebP de {megabytes} Mo au plus. Chaque image a besoin d’un texte alternatif : ce qu’elle montre, pour les personnes qui ne la voient pas. La position GPS et les autres métadonnées des photos sont retirées. Si le formulaire revient avec une erreur, choisissez de nouveau vos fichiers.', 'Up to {max} PNG, JPEG or WebP images of at most {megabytes} MB. Each image needs an alt text: what it shows, for people who cannot see it. The GPS position and other metadata of photos are removed. If the form comes back with an error, choose your files again.'],
  ['attachments.imageFile', 'Image {n}', 'Image {n}'],
  ['attachments.imageAlt', 'Texte alternatif de l’image {n}', 'Alt text of image {n}'],
  ['attachments.currentAlt', 'Texte alternatif de l’image actuelle {n}', 'Alt text of current image {n}'],
  ['attachments.altHint', 'Une phrase qui dit ce que montre l’image, obligatoire avec l’image.', 'One sentence saying what the image shows, required with the image.'],
  ['attachments.inFrench', 'en français', 'in French'],
  ['attachments.inEnglish', 'en anglais', 'in English'],
  ['attachments.removeImage', 'Retirer l’image actuelle {n}', 'Remove current image {n}'],
  ['attachments.documents', 'Documents PDF', 'PDF documents'],
  ['attachments.documentFile', 'Ajouter un document PDF', 'Add a PDF document'],
  ['attachments.documentHint', 'Jusqu’à {max} documents PDF de {megabytes} Mo au plus, un par enregistrement. Les PDF qui contiennent des scripts, des fichiers joints ou un chiffrement sont refusés. Tout le monde peut télécharger le document depuis la page publique : retirez-en ce qui est personnel.', 'Up to {max} PDF documents of at most {megabytes} MB, one per save. PDFs holding scripts, attached files or encryption are refused. Anyone can download the document from the public page: remove anything personal from it.'],
  ['attachments.removeDocument', 'Retirer le document {name}', 'Remove the document {name}'],
  ['attachments.documentSize', '(PDF, {kilobytes} ko)', '(PDF, {kilobytes} kB)'],
  ['attachments.errors.altRequired', 'Décrivez l’image en une phrase.', 'Describe the image in one sentence.'],
  ['attachments.errors.tooManyImages', 'Pas plus de {max} images : retirez-en une d’abord.', 'No more than {max} images: remove one first.'],
  ['attachments.errors.tooManyDocuments', 'Pas plus de {max} documents : retirez-en un d’abord.', 'No more than {max} documents: remove one first.'],
  ['attachments.errors.imageTooLarge', 'L’image dépasse {megabytes} Mo : réduisez-la puis choisissez-la de nouveau.', 'The image is over {megabytes} MB: make it smaller and choose it again.'],
  ['attachments.errors.imageType', 'Ce fichier n’est pas une image PNG, JPEG ou WebP.', 'This file is not a PNG, JPEG or WebP image.'],
  ['attachments.errors.imagePixels', 'L’image a trop de pixels (24 millions au plus) : réduisez-la.', 'The image has too many pixels (24 million at most): make it smaller.'],
  ['attachments.errors.imageUnreadable', 'L’image est abîmée ou incomplète : enregistrez-la de nouveau puis choisissez-la.', 'The image is damaged or incomplete: save it again, then choose it.'],
  ['attachments.errors.documentTooLarge', 'Le document dépasse {megabytes} Mo.', 'The document is over {megabytes} MB.'],
  ['attachments.errors.documentType', 'Ce fichier n’est pas un PDF (quel que soit son nom).', 'This file is not a PDF (whatever its name).'],
  ['attachments.errors.documentActive', 'Ce PDF contient des scripts, des actions ou des fichiers joints : exportez-le de nouveau en PDF simple (« Imprimer en PDF »).', 'This PDF holds scripts, actions or attached files: export it again as a plain PDF ("Print to PDF").'],
  ['attachments.errors.documentEncrypted', 'Ce PDF est chiffré ou protégé par un mot de passe : envoyez une version sans protection.', 'This PDF is encrypted or password-protected: send a version without protection.'],
  ['attachments.errors.documentUnreadable', 'Ce PDF est incomplet ou trop complexe pour être vérifié.', 'This PDF is incomplete or too complex to be checked.'],
  ['attachments.errors.quotaFiles', 'Votre compte garde déjà le maximum de {max} fichiers : retirez-en d’une proposition pour en ajouter.', 'Your account already keeps the maximum of {max} files: remove some from a proposal to add more.'],
  ['attachments.errors.quotaBytes', 'Votre compte dépasserait {megabytes} Mo de fichiers : retirez-en ou choisissez un fichier plus léger.', 'Your account would go over {megabytes} MB of files: remove some or choose a lighter file.'],
] as const satisfies readonly MessageEntry[];

export const attachmentsMessages = messagesFromEntries(entries);
