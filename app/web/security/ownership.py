"""Feedback belongs to the author of the thread it is about: Chainlit's ``PUT`` and ``DELETE /feedback`` check no
owner, so any logged-in user could overwrite or delete another user's feedback. These routes, installed ahead of
Chainlit's, refuse that and hand the rest to Chainlit. (Step writes are kept in their thread by ``history.py``.)"""


from fastapi import APIRouter, Depends, HTTPException, Request

NOT_YOURS = "Ce message n'appartient pas à vos conversations."


async def _author(layer, query: str, parameters: dict) -> str | None:
    rows = await layer.execute_sql(query=query, parameters=parameters)
    return rows[0]["userIdentifier"] if isinstance(rows, list) and rows else None


async def step_author(layer, step_id: str) -> str | None:
    query = 'SELECT t."userIdentifier" FROM steps s JOIN threads t ON t."id" = s."threadId" WHERE s."id" = :id'
    return await _author(layer, query, {"id": step_id})


async def feedback_author(layer, feedback_id: str) -> str | None:
    query = (
        'SELECT t."userIdentifier" FROM feedbacks f JOIN steps s ON s."id" = f."forId" '
        'JOIN threads t ON t."id" = s."threadId" WHERE f."id" = :id'
    )
    return await _author(layer, query, {"id": feedback_id})


async def thread_author(layer, thread_id: str) -> str | None:
    return await _author(layer, 'SELECT "userIdentifier" FROM threads WHERE "id" = :id', {"id": thread_id})


def router_for(prefix: str = "") -> APIRouter:
    import chainlit.server
    from chainlit.auth import get_current_user
    from chainlit.data import get_data_layer
    from chainlit.types import DeleteFeedbackRequest, UpdateFeedbackRequest

    router = APIRouter(prefix=prefix)

    async def refuse_unless_owner(user, checks) -> None:
        layer = get_data_layer()
        if layer is None or user is None:
            return
        await layer.flush()  # a step just answered may still be pending
        for check, key in checks:
            if key is None:
                continue
            author = await check(layer, key)
            if author is not None and author != user.identifier:
                raise HTTPException(403, NOT_YOURS)

    @router.put("/feedback")
    async def update_feedback(request: Request, update: UpdateFeedbackRequest, current_user=Depends(get_current_user)):  # noqa: B008
        feedback = update.feedback
        await refuse_unless_owner(
            current_user,
            [(step_author, feedback.forId), (thread_author, feedback.threadId), (feedback_author, feedback.id)],
        )
        return await chainlit.server.update_feedback(request, update, current_user)

    @router.delete("/feedback")
    async def delete_feedback(request: Request, payload: DeleteFeedbackRequest, current_user=Depends(get_current_user)):  # noqa: B008
        await refuse_unless_owner(current_user, [(feedback_author, payload.feedbackId)])
        return await chainlit.server.delete_feedback(request, payload, current_user)

    return router

