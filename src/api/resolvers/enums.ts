import type { Genre as ApiGenre } from '../../__generated__/resolvers.js';
import type { Genre } from '../../model/records.js';

/** Stored genres are snake_case (as in the manifest); the API's enum values are UPPER_SNAKE. */
export function genreToApi(genre: Genre): ApiGenre {
  return genre.toUpperCase() as ApiGenre;
}

export function genreFromApi(genre: ApiGenre): Genre {
  return genre.toLowerCase() as Genre;
}
