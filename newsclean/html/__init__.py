"""The HTML stage: DOM pruners that take page furniture out before extraction.

One module per family (ad boxes, share widgets, newsletter boxes, related boxes, comment
sections, cookie banners, figures, ...), each a step declared with
``newsclean.step.html_step``. A pruner is called with the parsed ``Page`` (``_prune``)
and returns ``Prune`` records; the runner (``newsclean.runner``) removes the elements and
records each as a Removal (``<pruner>.<why>``), so HTML removals are explained exactly
like text ones. What a pruner finds (captions) becomes metadata. The last step,
``split_body``, gathers a body split into pieces (a ``Join``) before extraction.

The default order is in ``newsclean.defaults``; ``newsclean.pipeline.run_html_stage`` runs
a pipeline's HTML steps on a page.
"""
