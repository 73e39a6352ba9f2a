package org.redisonmysql.server.dispatch;

import org.jooq.DSLContext;
import org.redisonmysql.core.command.CommandContext;
import org.redisonmysql.core.session.ClientSession;

/** The {@link CommandContext} of one command run: its session, unit of work and time. */
final class ExecutionContext implements CommandContext {
    private final ClientSession session;
    private final UnitOfWork unitOfWork;
    private final long now;
    private final boolean inTransactionBlock;

    ExecutionContext(ClientSession session, UnitOfWork unitOfWork, long now, boolean inTransactionBlock) {
        this.session = session;
        this.unitOfWork = unitOfWork;
        this.now = now;
        this.inTransactionBlock = inTransactionBlock;
    }

    @Override
    public ClientSession session() {
        return session;
    }

    @Override
    public DSLContext dsl() {
        return unitOfWork.dsl();
    }

    @Override
    public long now() {
        return now;
    }

    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public void afterCommit(Runnable action) {
        unitOfWork.afterCommit(action);
    }

    @Override
    public boolean inTransactionBlock() {
        return inTransactionBlock;
    }
}
