// The export page is plain links; it only tells the page (and its tests) that it is ready.
document.body.dataset.ready = 'true';
